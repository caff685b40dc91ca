#include "leerplek/app/report.hpp"

#include <cstddef>
#include <string_view>

namespace leerplek::app {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsPlainNumber(std::string_view cell) {
  std::size_t i = cell.empty() || (cell[0] != '-' && cell[0] != '+') ? 0 : 1;
  bool digits = false;
  bool separator = false;
  for (; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if ((c == ',' || c == '.') && !separator) {
      separator = true;
    } else {
      return false;
    }
  }
  return digits;
}

bool WouldBeAFormula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return !IsPlainNumber(cell);
    default: return false;
  }
}

void AppendField(std::string& out, std::string_view cell) {
  std::string text;
  if (WouldBeAFormula(cell)) text += '\'';
  text += cell;
  if (text.find_first_of(";\"\r\n") == std::string::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendLine(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ';';
    AppendField(out, cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string CsvDocument(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows) {
  std::string out(kByteOrderMark);
  if (!headings.empty()) AppendLine(out, headings);
  for (const auto& row : rows) AppendLine(out, row);
  return out;
}

}  // namespace leerplek::app
