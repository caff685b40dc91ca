// Reading request bodies: JSON parse and typed fields, with Dutch messages naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::http {

class JsonBody {
 public:
  // An empty body counts as {}; anything but an object is refused.
  static Result<JsonBody> Parse(const std::string& text);

  // Each getter records a field error on a wrong type; Check() reports them all.
  std::optional<std::string> String(const std::string& field, bool required);
  std::optional<bool> Bool(const std::string& field, bool required);
  std::optional<std::vector<std::string>> StringList(const std::string& field, bool required);
  // A positive whole number (an id).
  std::optional<std::int64_t> Id(const std::string& field, bool required);
  // A date written JJJJ-MM-DD; "" and null count as absent.
  std::optional<domain::Date> Date(const std::string& field, bool required);
  // An object's string members, each named "<field>.<member>" in errors; absent members are "".
  std::map<std::string, std::string> Strings(const std::string& field, const std::vector<std::string>& members);
  // The raw value for shapes the getters above do not cover (null when absent).
  const nlohmann::json* Raw(const std::string& field) { return Find(field, false); }
  // Adds an error found while reading a raw value, so Check() reports it with the rest.
  void Add(const std::string& field, const std::string& message) { errors_.Add(field, message); }
  [[nodiscard]] Status Check() const;

 private:
  explicit JsonBody(nlohmann::json value) : value_(std::move(value)) {}
  const nlohmann::json* Find(const std::string& field, bool required);
  nlohmann::json value_;
  FieldErrors errors_;
};

}  // namespace leerplek::http
