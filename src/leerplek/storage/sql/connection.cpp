#include "leerplek/storage/sql/connection.hpp"

#include <charconv>

namespace leerplek::storage {

const Value& Row::At(std::size_t i) const {
  if (i >= columns_.size()) throw DbError(DbError::Kind::kInternal, "column index out of range");
  return columns_[i];
}

bool Row::IsNull(std::size_t i) const { return std::holds_alternative<std::nullptr_t>(At(i)); }

std::int64_t Row::Int(std::size_t i) const {
  const Value& v = At(i);
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (const auto* s = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
    if (ec == std::errc() && ptr == s->data() + s->size()) return out;
  }
  throw DbError(DbError::Kind::kInternal, "column is not an integer");
}

double Row::Real(std::size_t i) const {
  const Value& v = At(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* s = std::get_if<std::string>(&v)) return std::stod(*s);
  throw DbError(DbError::Kind::kInternal, "column is not a number");
}

std::string Row::Text(std::size_t i) const {
  const Value& v = At(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return {};
}

std::optional<std::int64_t> Row::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<std::string> Row::OptText(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

}  // namespace leerplek::storage
