// Reading request bodies: JSON parse and typed fields, with Dutch messages naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

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
  [[nodiscard]] Status Check() const;

 private:
  explicit JsonBody(nlohmann::json value) : value_(std::move(value)) {}
  const nlohmann::json* Find(const std::string& field, bool required);
  nlohmann::json value_;
  FieldErrors errors_;
};

}  // namespace leerplek::http
