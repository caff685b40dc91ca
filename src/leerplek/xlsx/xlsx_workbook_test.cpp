#include "leerplek/xlsx/xlsx_workbook.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace leerplek::xlsx {
namespace {

// Files written by a test, removed when it ends.
class TempFile {
 public:
  explicit TempFile(const std::string& bytes) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("leerplek-xlsx-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".xlsx");
    std::ofstream out(path_, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~TempFile() { std::filesystem::remove(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  [[nodiscard]] const std::filesystem::path& Path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The text of one part of the .xlsx (a zip file), as unzip reads it.
std::string Part(const std::string& xlsx, const std::string& member) {
  const TempFile file(xlsx);
  const std::string command = "unzip -p '" + file.Path().string() + "' '" + member + "' 2>&1";
  std::string text;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), n);
    EXPECT_EQ(::pclose(pipe), 0) << "unzip failed (scripts/install-deps.sh installs it): " << text;
  } else {
    ADD_FAILURE() << "could not start unzip";
  }
  return text;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

app::Workbook Scores() {
  app::Workbook book{.title = "Scores — HR-support 2025–2026"};
  book.sheets.push_back(
      app::Sheet{.name = "Overzicht",
                 .headings = {"Student", "Module", "Eindscore", "Opmerking"},
                 .rows = {{std::string("Zoë Peeters"), std::string("Instroom"), 13.5, std::string("=SUM(A1)")},
                          {std::string("René Maes"), std::string("Payroll"), 14.0, std::string("+32 3 123 45 67")}}});
  book.sheets.push_back(app::Sheet{.name = "Payroll",
                                   .headings = {"Student", "Berekend"},
                                   .rows = {{std::string("Chloë Wouters"), 9.25}},
                                   .widths = {30, 12}});
  return book;
}

TEST(XlsxWorkbookRenderer, WritesSheetsTextAndRealNumbersThatUnzipReadsBack) {
  const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(Scores());
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().detail;
  ASSERT_EQ(xlsx->substr(0, 2), "PK") << "an .xlsx is a zip file";

  const std::string workbook = Part(*xlsx, "xl/workbook.xml");
  EXPECT_TRUE(Has(workbook, R"(<sheet name="Overzicht" sheetId="1")")) << workbook;
  EXPECT_TRUE(Has(workbook, R"(<sheet name="Payroll" sheetId="2")")) << workbook;

  const std::string strings = Part(*xlsx, "xl/sharedStrings.xml");
  for (const char* text : {"Zoë Peeters", "René Maes", "Chloë Wouters", "Eindscore", "=SUM(A1)", "+32 3 123 45 67"}) {
    EXPECT_TRUE(Has(strings, std::string("<t>") + text + "</t>")) << text << "\n" << strings;
  }

  const std::string sheet1 = Part(*xlsx, "xl/worksheets/sheet1.xml");
  EXPECT_TRUE(Has(sheet1, "<v>13.5</v>")) << sheet1;
  EXPECT_TRUE(Has(sheet1, "<v>14</v>")) << sheet1;
  EXPECT_TRUE(Has(sheet1, R"(<c r="D2" t="s">)")) << "the formula-like text is a shared string\n" << sheet1;
  EXPECT_FALSE(Has(sheet1, "<f>")) << "no formula anywhere\n" << sheet1;
  EXPECT_TRUE(Has(sheet1, R"(state="frozen")")) << "the header row stays in view\n" << sheet1;
  EXPECT_TRUE(Has(sheet1, R"(<autoFilter ref="A1:D3"/>)")) << sheet1;

  const std::string sheet2 = Part(*xlsx, "xl/worksheets/sheet2.xml");
  EXPECT_TRUE(Has(sheet2, "<v>9.25</v>")) << sheet2;
  EXPECT_TRUE(Has(sheet2, R"(width="30.7109375")")) << "given widths are kept\n" << sheet2;

  const std::string styles = Part(*xlsx, "xl/styles.xml");
  EXPECT_TRUE(Has(styles, "<b/>")) << "a bold header\n" << styles;
  EXPECT_TRUE(Has(styles, R"(formatCode="0.0#")")) << styles;

  EXPECT_TRUE(Has(Part(*xlsx, "docProps/core.xml"), "<dc:title>Scores — HR-support 2025–2026</dc:title>"));
}

TEST(XlsxSheetNames, FollowExcelRules) {
  const std::string long_name = "Werkplekleren HR Permanentie en HR Support samen";
  const auto names = SheetNames({"Scores [2025/2026]: *?", long_name, "Instroom", "INSTROOM", "", "History",
                                 "'Welzijn'", "École", "école", "instroom", "Caf\xE9"});
  ASSERT_EQ(names.size(), 11U);
  EXPECT_EQ(names[0], "Scores 20252026");
  EXPECT_EQ(names[1], long_name.substr(0, 31));
  EXPECT_EQ(names[2], "Instroom");
  EXPECT_EQ(names[3], "INSTROOM (2)") << "Excel ignores case when it compares names";
  EXPECT_EQ(names[4], "Blad 5");
  EXPECT_EQ(names[5], "History (2)") << "Excel keeps History for itself";
  EXPECT_EQ(names[6], "Welzijn") << "no apostrophe at either end";
  EXPECT_EQ(names[7], "École");
  EXPECT_EQ(names[8], "école (2)");
  EXPECT_EQ(names[9], "instroom (3)");
  EXPECT_EQ(names[10], "Caf\uFFFD") << "invalid UTF-8 replaced";

  const auto repeated = SheetNames({long_name, long_name});
  EXPECT_EQ(repeated[1], long_name.substr(0, 27) + " (2)") << "the suffix fits within 31";
}

TEST(XlsxWorkbookRenderer, GivesEverySheetAnAcceptableName) {
  app::Workbook book;
  book.sheets = {{.name = "Instroom"}, {.name = "instroom"}, {.name = "a/b"}};
  const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(book);
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().detail;
  const std::string workbook = Part(*xlsx, "xl/workbook.xml");
  for (const char* name : {"\"Instroom\"", "\"instroom (2)\"", "\"ab\""}) {
    EXPECT_TRUE(Has(workbook, std::string("<sheet name=") + name)) << name << "\n" << workbook;
  }
}

TEST(XlsxWorkbookRenderer, KeepsAwkwardTextAsTheUserWroteIt) {
  app::Workbook book;
  book.sheets.push_back(app::Sheet{
      .name = "Tekst",
      .rows = {{std::string("_x0041_"), std::string("Caf\xE9"), std::string(40000, 'x'), std::string("a\x01z")}}});
  const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(book);
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().detail;
  const std::string strings = Part(*xlsx, "xl/sharedStrings.xml");
  EXPECT_TRUE(Has(strings, "<t>_x005F_x0041_</t>")) << "Excel would otherwise show \"A\"\n" << strings.substr(0, 400);
  EXPECT_TRUE(Has(strings, "<t>Caf\uFFFD</t>"));
  EXPECT_TRUE(Has(strings, std::string(32766, 'x') + "…</t>")) << "cut at Excel's 32 767 characters";
  EXPECT_FALSE(Has(strings, std::string(32767, 'x')));
  EXPECT_TRUE(Has(strings, "<t>a_x0001_z</t>")) << "a control character escaped, not dropped";
}

TEST(XlsxWorkbookRenderer, RefusesWhatASheetCannotHold) {
  const auto refused = [](app::Sheet sheet) {
    app::Workbook book;
    book.sheets.push_back(std::move(sheet));
    const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(book);
    return !xlsx.has_value() && xlsx.error().code == ErrorCode::kInvalidArgument;
  };
  EXPECT_TRUE(refused({.headings = {"a"}, .rows = {{1.0, 2.0}}})) << "more cells than headings";
  EXPECT_TRUE(refused({.headings = {"a", "b"}, .widths = {10}})) << "a width per column";
  EXPECT_TRUE(refused({.headings = {"a"}, .widths = {-1}})) << "a positive width";
  EXPECT_TRUE(refused({.rows = {{std::nan("")}}}));
  EXPECT_TRUE(refused({.rows = {{std::numeric_limits<double>::infinity()}}}));
}

TEST(XlsxWorkbookRenderer, AnEmptyWorkbookStillHasOneSheet) {
  const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(app::Workbook{});
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().detail;
  EXPECT_TRUE(Has(Part(*xlsx, "xl/workbook.xml"), R"(<sheet name="Blad 1")"));
}

TEST(XlsxWorkbookRenderer, LeavesNoTemporaryFilesBehind) {
  const auto scratch = std::filesystem::temp_directory_path() / ("leerplek-xlsx-tmp-" + std::to_string(::getpid()));
  std::filesystem::create_directories(scratch);
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before != nullptr ? before : "";
  ::setenv("TMPDIR", scratch.c_str(), 1);
  const auto xlsx = XlsxWorkbookRenderer().RenderXlsx(Scores());
  if (saved.empty()) {
    ::unsetenv("TMPDIR");
  } else {
    ::setenv("TMPDIR", saved.c_str(), 1);
  }
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().detail;
  EXPECT_TRUE(std::filesystem::is_empty(scratch));
  std::filesystem::remove_all(scratch);
}

TEST(XlsxWorkbookRenderer, ConcurrentCallsShareNothing) {
  const auto book = Scores();
  const XlsxWorkbookRenderer renderer;
  std::vector<std::string> files(4);
  std::vector<std::thread> threads;
  for (auto& file : files) {
    threads.emplace_back([&renderer, &book, &file] {
      const auto result = renderer.RenderXlsx(book);
      if (result.has_value()) file = *result;
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& file : files) {
    ASSERT_EQ(file.substr(0, 2), "PK");
    EXPECT_TRUE(Has(Part(file, "xl/worksheets/sheet1.xml"), "<v>13.5</v>"));
  }
}

}  // namespace
}  // namespace leerplek::xlsx
