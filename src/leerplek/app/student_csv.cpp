#include "leerplek/app/student_csv.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "leerplek/domain/account.hpp"

namespace leerplek::app {
namespace {

constexpr std::size_t kMaxRows = 2000;

std::vector<std::vector<std::string>> SplitRecords(std::string_view text, char separator) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == separator) {
      records.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      records.back().push_back(std::move(field));
      field.clear();
      records.emplace_back();
    } else {
      field += c;
    }
  }
  records.back().push_back(std::move(field));
  return records;
}

std::string Trim(std::string s) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
  s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
  return s;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool Blank(const std::vector<std::string>& record) {
  return std::all_of(record.begin(), record.end(), [](const std::string& f) { return Trim(f).empty(); });
}

Error FileError(std::string message) { return InvalidField("file", std::move(message)); }

}  // namespace

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    if (c < 0x80) {
      n = 0;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      n = 1;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      n = 3;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= text.size() || (static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}

Result<std::vector<CsvStudentRow>> ReadStudentCsv(std::string_view text) {
  if (!IsValidUtf8(text)) {
    return FileError(
        "Het bestand is geen UTF-8-tekst. Bewaar het in Excel als \"CSV UTF-8 (door lijstscheidingsteken "
        "gescheiden)\".");
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  if (Trim(std::string(first_line)).empty()) return FileError("Het bestand is leeg of begint met een lege regel.");
  const char separator =
      std::count(first_line.begin(), first_line.end(), ';') >= std::count(first_line.begin(), first_line.end(), ',')
          ? ';'
          : ',';
  std::vector<std::vector<std::string>> records = SplitRecords(text, separator);

  std::map<std::string, std::size_t> columns;
  for (std::size_t i = 0; i < records[0].size(); ++i) columns[Lower(Trim(records[0][i]))] = i;
  auto column = [&](std::initializer_list<const char*> names) -> std::optional<std::size_t> {
    for (const char* n : names) {
      if (auto it = columns.find(n); it != columns.end()) return it->second;
    }
    return std::nullopt;
  };
  const auto name_col = column({"naam", "name", "volledige naam"});
  const auto first_col = column({"voornaam"});
  const auto last_col = column({"familienaam", "achternaam"});
  const auto email_col = column({"e-mail", "email", "e-mailadres", "mail"});
  const auto number_col = column({"studentennummer", "studentnummer", "nummer"});
  if (!email_col) return FileError("De kolom \"e-mail\" ontbreekt in de eerste regel.");
  if (!name_col && !(first_col && last_col)) {
    return FileError("De kolom \"naam\" (of \"voornaam\" en \"familienaam\") ontbreekt in de eerste regel.");
  }

  std::vector<CsvStudentRow> rows;
  std::map<std::string, int> seen;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& record = records[r];
    if (Blank(record)) continue;
    if (rows.size() == kMaxRows) return FileError("Hoogstens 2000 studenten per bestand.");
    auto at = [&](std::optional<std::size_t> c) { return c && *c < record.size() ? Trim(record[*c]) : std::string(); };
    CsvStudentRow row;
    row.line = static_cast<int>(r + 1);
    row.name = name_col ? at(name_col) : Trim(at(first_col) + " " + at(last_col));
    row.email = domain::NormaliseEmail(at(email_col));
    row.student_number = at(number_col);
    if (Status ok = domain::NameIsValid(row.name); !ok) row.errors.push_back({"name", ok.error().message});
    if (!domain::EmailAddressIsWellFormed(row.email)) {
      row.errors.push_back({"email", "Geen geldig e-mailadres."});
    } else if (auto dup = seen.find(row.email); dup != seen.end()) {
      row.errors.push_back({"email", "Dit e-mailadres staat ook op regel " + std::to_string(dup->second) + "."});
    } else {
      seen[row.email] = row.line;
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return FileError("Het bestand bevat geen studenten onder de kopregel.");
  return rows;
}

}  // namespace leerplek::app
