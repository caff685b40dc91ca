#include "leerplek/xlsx/xlsx_workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <variant>

namespace leerplek::xlsx {
namespace {

constexpr std::size_t kMaxSheetName = 31;  // UTF-16 units, as Excel counts
constexpr std::size_t kMaxCellText = 32767;
constexpr char32_t kReplacement = 0xFFFD;
constexpr double kMinFittedWidth = 8;
constexpr double kMaxFittedWidth = 60;
constexpr double kFilterButtonWidth = 3;  // the header's filter arrow takes room beside its text

// UTF-8 to code points; every byte that does not start a valid, shortest sequence of a scalar value becomes
// U+FFFD, and so do U+FFFE and U+FFFF, which XML does not allow either.
std::u32string Decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
      length = 1, c = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, c = lead & 0x1FU, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3, c = lead & 0x0FU, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, c = lead & 0x07U, minimum = 0x10000;
    }
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0U) == 0x80;
      c = (c << 6U) | (next & 0x3FU);
    }
    valid = valid && c >= minimum && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
    if (!valid) {
      out += kReplacement;
      ++i;
      continue;
    }
    out += c == 0xFFFE || c == 0xFFFF ? kReplacement : c;
    i += length;
  }
  return out;
}

void Append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6U));
    out += static_cast<char>(0x80 | (c & 0x3FU));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12U));
    out += static_cast<char>(0x80 | ((c >> 6U) & 0x3FU));
    out += static_cast<char>(0x80 | (c & 0x3FU));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18U));
    out += static_cast<char>(0x80 | ((c >> 12U) & 0x3FU));
    out += static_cast<char>(0x80 | ((c >> 6U) & 0x3FU));
    out += static_cast<char>(0x80 | (c & 0x3FU));
  }
}

std::string Encode(std::u32string_view text) {
  std::string out;
  for (const char32_t c : text) Append(out, c);
  return out;
}

std::size_t Utf16Units(char32_t c) { return c > 0xFFFF ? 2 : 1; }

std::size_t Utf16Units(std::u32string_view text) {
  std::size_t units = 0;
  for (const char32_t c : text) units += Utf16Units(c);
  return units;
}

bool IsHexDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// "_x0041_" in a cell is read by Excel as the escape of "A"; its underscore is escaped in turn.
bool StartsAnEscape(std::u32string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                     text.begin() + static_cast<std::ptrdiff_t>(i) + 6, IsHexDigit);
}

// A cell's text as Excel reads it back unchanged, cut at Excel's limit (what the reader sees, in UTF-16 units)
// and libxlsxwriter's (what it is given, in code points, escapes included).
std::string CellText(std::string_view text) {
  const std::u32string decoded = Decode(text);
  std::u32string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    const std::u32string_view piece = StartsAnEscape(decoded, i) ? std::u32string_view(U"_x005F_") : U"";
    const std::size_t written = piece.empty() ? 1 : piece.size();
    if (shown + Utf16Units(decoded[i]) > kMaxCellText - 1 || out.size() + written > kMaxCellText - 1) {
      out += U'…';
      break;
    }
    if (piece.empty()) {
      out += decoded[i];
    } else {
      out += piece;
    }
    shown += Utf16Units(decoded[i]);
  }
  return Encode(out);
}

bool IsSpaceOrApostrophe(char32_t c) { return c == ' ' || c == '\''; }

void TrimEnds(std::u32string& name) {
  while (!name.empty() && IsSpaceOrApostrophe(name.back())) name.pop_back();
  const auto first = std::find_if_not(name.begin(), name.end(), IsSpaceOrApostrophe);
  name.erase(name.begin(), first);
}

std::u32string Fit(std::u32string name, std::size_t units) {
  while (Utf16Units(name) > units) name.pop_back();
  TrimEnds(name);
  return name;
}

// Excel compares tab names ignoring case; folded here for ASCII and Latin-1's letters (À–Þ, not ×).
std::u32string Key(std::u32string_view name) {
  std::u32string key;
  for (const char32_t c : name) {
    const bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    key += upper ? c + 0x20 : c;
  }
  return key;
}

std::u32string Number(std::size_t n) {
  std::u32string out;
  for (const char c : std::to_string(n)) out += static_cast<char32_t>(c);
  return out;
}

struct Formats {
  lxw_format* heading = nullptr;
  lxw_format* whole = nullptr;
  lxw_format* fraction = nullptr;
};

bool IsWhole(double value) { return std::abs(value) < 1e15 && std::floor(value) == value; }

std::size_t Columns(const app::Sheet& sheet) {
  std::size_t count = sheet.headings.size();
  if (count == 0) {
    for (const auto& row : sheet.rows) count = std::max(count, row.size());
  }
  return count;
}

Error Invalid(std::string message, std::string detail) {
  Error e = MakeError(ErrorCode::kInvalidArgument, std::move(message));
  e.detail = "xlsx: " + std::move(detail);
  return e;
}

Status CheckSheets(const app::Workbook& workbook) {
  for (const app::Sheet& sheet : workbook.sheets) {
    const std::size_t count = Columns(sheet);
    const std::string where = "sheet '" + sheet.name + "': ";
    if (sheet.rows.size() + (sheet.headings.empty() ? 0 : 1) > LXW_ROW_MAX || count > LXW_COL_MAX) {
      return Invalid("Het werkblad is te groot voor een rekenblad.",
                     where + std::to_string(sheet.rows.size()) + " rows, " + std::to_string(count) + " columns");
    }
    for (const auto& row : sheet.rows) {
      if (row.size() > count) {
        return Invalid(
            "Een rij van het werkblad heeft meer cellen dan kolommen.",
            where + "a row has " + std::to_string(row.size()) + " cells for " + std::to_string(count) + " headings");
      }
      for (const app::SheetCell& cell : row) {
        if (const double* number = std::get_if<double>(&cell); number != nullptr && !std::isfinite(*number)) {
          return Invalid("Een getal in het werkblad is ongeldig.", where + "a number that is not finite");
        }
      }
    }
    const bool bad_width = std::any_of(sheet.widths.begin(), sheet.widths.end(),
                                       [](double w) { return !std::isfinite(w) || w <= 0 || w > 255; });
    if ((!sheet.widths.empty() && sheet.widths.size() != count) || bad_width) {
      return Invalid("De kolombreedtes van het werkblad kloppen niet.", where + std::to_string(sheet.widths.size()) +
                                                                            " widths (0 < w ≤ 255 expected) for " +
                                                                            std::to_string(count) + " columns");
    }
  }
  return {};
}

Error XlsxError(std::string detail) {
  Error e = MakeError(ErrorCode::kInternal, "Het Excel-bestand kon niet gemaakt worden.");
  e.detail = "xlsx: " + std::move(detail);
  return e;
}

// The width that shows a column's longest line, within bounds, in characters.
double FittedWidth(const app::Sheet& sheet, std::size_t column) {
  const auto longest_line = [](std::string_view text) {
    std::size_t longest = 0;
    std::size_t line = 0;
    for (const char32_t c : Decode(text)) {
      line = c == '\n' ? 0 : line + 1;
      longest = std::max(longest, line);
    }
    return static_cast<double>(longest);
  };
  double width = column < sheet.headings.size() ? longest_line(sheet.headings[column]) + kFilterButtonWidth : 0;
  for (const auto& row : sheet.rows) {
    if (column >= row.size()) continue;
    const double cell = std::visit(
        [&](const auto& value) {
          if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
            return longest_line(value);
          } else {
            return static_cast<double>(std::to_string(static_cast<long long>(value)).size() + (IsWhole(value) ? 0 : 3));
          }
        },
        row[column]);
    width = std::max(width, cell);
  }
  return std::clamp(width + 1, kMinFittedWidth, kMaxFittedWidth);
}

// Writes one sheet; on failure says what failed in `detail`.
bool WriteSheet(lxw_workbook* book, const Formats& formats, const app::Sheet& sheet, const std::string& name,
                std::string& detail) {
  lxw_worksheet* worksheet = workbook_add_worksheet(book, name.c_str());
  if (worksheet == nullptr) {
    detail = "workbook_add_worksheet refused '" + name + "'";
    return false;
  }
  const auto failed = [&](lxw_error error, const char* what) {
    detail = std::string(what) + " on sheet '" + name + "': " + lxw_strerror(error);
    return false;
  };
  const lxw_row_t first_row = sheet.headings.empty() ? 0 : 1;
  for (std::size_t c = 0; c < sheet.headings.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (const lxw_error e =
            worksheet_write_string(worksheet, 0, col, CellText(sheet.headings[c]).c_str(), formats.heading)) {
      return failed(e, "worksheet_write_string");
    }
  }
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(first_row + r);
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error e = LXW_NO_ERROR;
      if (const auto* text = std::get_if<std::string>(&sheet.rows[r][c])) {
        // Never a formula: worksheet_write_string stores the text as a shared string, whatever it starts with.
        if (!text->empty()) e = worksheet_write_string(worksheet, row, col, CellText(*text).c_str(), nullptr);
      } else {
        const double value = std::get<double>(sheet.rows[r][c]);
        e = worksheet_write_number(worksheet, row, col, value, IsWhole(value) ? formats.whole : formats.fraction);
      }
      if (e != LXW_NO_ERROR) return failed(e, "writing a cell");
    }
  }
  const std::size_t columns = Columns(sheet);
  for (std::size_t c = 0; c < columns; ++c) {
    const double width = sheet.widths.empty() ? FittedWidth(sheet, c) : sheet.widths[c];
    const auto col = static_cast<lxw_col_t>(c);
    if (const lxw_error e = worksheet_set_column(worksheet, col, col, width, nullptr)) {
      return failed(e, "worksheet_set_column");
    }
  }
  if (!sheet.headings.empty()) {
    worksheet_freeze_panes(worksheet, 1, 0);
    const auto last_row = static_cast<lxw_row_t>(sheet.rows.size());
    const auto last_col = static_cast<lxw_col_t>(sheet.headings.size() - 1);
    if (const lxw_error e = worksheet_autofilter(worksheet, 0, 0, last_row, last_col)) {
      return failed(e, "worksheet_autofilter");
    }
  }
  return true;
}

// The private folder a call works in, removed with everything in it when the call ends.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "leerplek-xlsx-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr)
      path_ = pattern;  // mode 0700
    else
      error_ = std::strerror(errno);
  }
  ~ScratchFolder() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  [[nodiscard]] const std::string& Path() const { return path_; }
  [[nodiscard]] const std::string& Error() const { return error_; }

 private:
  std::string path_;
  std::string error_;
};

Result<std::string> Render(const app::Workbook& workbook) {
  if (auto checked = CheckSheets(workbook); !checked) return checked.error();
  app::Workbook book_model = workbook;
  if (book_model.sheets.empty()) book_model.sheets.push_back({});  // a workbook has at least one sheet
  std::vector<std::string> wanted;
  for (const app::Sheet& sheet : book_model.sheets) wanted.push_back(sheet.name);
  const std::vector<std::string> names = SheetNames(wanted);

  ScratchFolder scratch;
  if (scratch.Path().empty()) return XlsxError("mkdtemp: " + scratch.Error());
  const std::string file = scratch.Path() + "/workbook.xlsx";
  std::string tmpdir = scratch.Path();  // libxlsxwriter's own temporary files go there too
  lxw_workbook_options options{.constant_memory = LXW_FALSE, .tmpdir = tmpdir.data(), .use_zip64 = LXW_FALSE};
  lxw_workbook* book = workbook_new_opt(file.c_str(), &options);
  if (book == nullptr) return XlsxError("workbook_new_opt failed");

  // From here on the workbook is closed (which frees it) on every path.
  std::string detail;
  bool written = true;
  const std::string title = CellText(book_model.title);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());  // NOLINT: a C API that only reads it
  if (!title.empty()) {
    if (const lxw_error e = workbook_set_properties(book, &properties)) {
      written = false;
      detail = std::string("workbook_set_properties: ") + lxw_strerror(e);
    }
  }
  Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
  format_set_bold(formats.heading);
  format_set_num_format(formats.whole, "0");
  format_set_num_format(formats.fraction, "0.0#");
  for (std::size_t i = 0; written && i < book_model.sheets.size(); ++i) {
    written = WriteSheet(book, formats, book_model.sheets[i], names[i], detail);
  }
  const lxw_error closed = workbook_close(book);
  if (!written) return XlsxError(detail);
  if (closed != LXW_NO_ERROR) return XlsxError(std::string("workbook_close: ") + lxw_strerror(closed));

  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return XlsxError("reading " + file + " back failed");
  if (bytes.empty()) return XlsxError("libxlsxwriter wrote an empty file");
  return bytes;
}

}  // namespace

std::vector<std::string> SheetNames(const std::vector<std::string>& wanted) {
  std::set<std::u32string> taken = {U"history"};
  std::vector<std::string> out;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    std::u32string base;
    for (const char32_t c : Decode(wanted[i])) {
      if (c >= 0x20 && c != 0x7F && std::u32string_view(U"[]:*?/\\").find(c) == std::u32string_view::npos) base += c;
    }
    TrimEnds(base);
    if (base.empty()) base = U"Blad " + Number(i + 1);
    std::u32string name = Fit(base, kMaxSheetName);
    for (std::size_t n = 2; name.empty() || taken.contains(Key(name)); ++n) {
      const std::u32string suffix = U" (" + Number(n) + U")";
      name = Fit(base, kMaxSheetName - suffix.size()) + suffix;
    }
    taken.insert(Key(name));
    out.push_back(Encode(name));
  }
  return out;
}

Result<std::string> XlsxWorkbookRenderer::RenderXlsx(const app::Workbook& workbook) const {
  try {
    return Render(workbook);
  } catch (const std::exception& e) {  // std::bad_alloc, a failing file system: the adapter boundary
    return XlsxError(e.what());
  }
}

}  // namespace leerplek::xlsx
