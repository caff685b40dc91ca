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

Value OptSeconds(const std::optional<app::Timestamp>& t) {
  if (!t) return nullptr;
  return Seconds(*t);
}

std::string JoinInts(const std::vector<int>& values) {
  std::string out;
  for (int v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
  return out;
}
std::vector<int> SplitInts(const std::string& text) {
  std::vector<int> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto comma = text.find(',', start);
    out.push_back(std::stoi(text.substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace leerplek::storage
