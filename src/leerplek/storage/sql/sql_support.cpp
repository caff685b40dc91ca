#include "leerplek/storage/sql/sql_support.hpp"

namespace leerplek::storage {

domain::Date ToDate(const std::string& text) {
  std::optional<domain::Date> date = domain::ParseIsoDate(text);
  if (!date) throw DbError(DbError::Kind::kInternal, "stored date is not a date: " + text);
  return *date;
}

std::string Placeholders(std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ", ";
    out += "$" + std::to_string(first + i);
  }
  return out;
}

}  // namespace leerplek::storage
