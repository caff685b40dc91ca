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

std::optional<std::int64_t> JsonBody::Id(const std::string& field, bool required) {
  const nlohmann::json* v = Find(field, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number_integer() || v->get<std::int64_t>() <= 0) {
    errors_.Add(field, "Dit veld moet een id (een positief geheel getal) zijn.");
    return std::nullopt;
  }
  return v->get<std::int64_t>();
}

std::optional<domain::Date> JsonBody::Date(const std::string& field, bool required) {
  std::optional<std::string> text = String(field, required);
  if (!text) return std::nullopt;
  if (text->empty()) {
    if (required) errors_.Add(field, "Dit veld is verplicht.");
    return std::nullopt;
  }
  std::optional<domain::Date> date = domain::ParseIsoDate(*text);
  if (!date) errors_.Add(field, "Geen geldige datum (JJJJ-MM-DD).");
  return date;
}

std::map<std::string, std::string> JsonBody::Strings(const std::string& field,
                                                     const std::vector<std::string>& members) {
  std::map<std::string, std::string> out;
  for (const std::string& m : members) out[m] = "";
  const nlohmann::json* v = Find(field, false);
  if (v == nullptr) return out;
  if (!v->is_object()) {
    errors_.Add(field, "Dit veld moet een object zijn.");
    return out;
  }
  for (const std::string& m : members) {
    auto it = v->find(m);
    if (it == v->end() || it->is_null()) continue;
    if (it->is_string()) {
      out[m] = it->get<std::string>();
    } else {
      errors_.Add(field + "." + m, "Dit veld moet tekst zijn.");
    }
  }
  return out;
}

Status JsonBody::Check() const {
  if (errors_.Empty()) return {};
  return errors_.ToError();
}

}  // namespace leerplek::http
