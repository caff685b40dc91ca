#include "leerplek/http/json_body.hpp"

namespace leerplek::http {

Result<JsonBody> JsonBody::Parse(const std::string& text) {
  if (text.empty()) return JsonBody(nlohmann::json::object());
  nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
  if (value.is_discarded()) return InvalidField("body", "De inhoud van het verzoek is geen geldige JSON.");
  if (!value.is_object()) return InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn.");
  return JsonBody(std::move(value));
}

const nlohmann::json* JsonBody::Find(const std::string& field, bool required) {
  auto it = value_.find(field);
  if (it == value_.end() || it->is_null()) {
    if (required) errors_.Add(field, "Dit veld is verplicht.");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonBody::String(const std::string& field, bool required) {
  const nlohmann::json* v = Find(field, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    errors_.Add(field, "Dit veld moet tekst zijn.");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<bool> JsonBody::Bool(const std::string& field, bool required) {
  const nlohmann::json* v = Find(field, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_boolean()) {
    errors_.Add(field, "Dit veld moet waar of onwaar (true/false) zijn.");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::vector<std::string>> JsonBody::StringList(const std::string& field, bool required) {
  const nlohmann::json* v = Find(field, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_array() || !std::all_of(v->begin(), v->end(), [](const nlohmann::json& e) { return e.is_string(); })) {
    errors_.Add(field, "Dit veld moet een lijst van teksten zijn.");
    return std::nullopt;
  }
  return v->get<std::vector<std::string>>();
}

Status JsonBody::Check() const {
  if (errors_.Empty()) return {};
  return errors_.ToError();
}

}  // namespace leerplek::http
