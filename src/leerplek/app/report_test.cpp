#include "leerplek/app/report.hpp"

#include <gtest/gtest.h>

namespace leerplek::app {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string WithoutBom(const std::string& csv) { return csv.substr(kBom.size()); }

TEST(CsvDocument, StartsWithAUtf8ByteOrderMarkSoExcelReadsUtf8) {
  const auto csv = CsvDocument({"Naam"}, {{"Lotte"}});
  ASSERT_GE(csv.size(), kBom.size());
  EXPECT_EQ(csv.substr(0, kBom.size()), kBom);
  EXPECT_EQ(CsvDocument({}, {}), kBom);
}

TEST(CsvDocument, SeparatesFieldsWithSemicolonsAndEndsEveryLineWithCrLf) {
  EXPECT_EQ(WithoutBom(CsvDocument({"Datum", "Uren", "Taak"}, {{"03/02/2026", "7,5", "Onthaal"}, {"04/02/2026"}})),
            "Datum;Uren;Taak\r\n03/02/2026;7,5;Onthaal\r\n04/02/2026\r\n");
}

TEST(CsvDocument, QuotesFieldsWithSeparatorsOrQuotesAndDoublesTheQuotes) {
  EXPECT_EQ(WithoutBom(CsvDocument({"a;b", "zei \"ja\"", "gewoon, met komma"}, {})),
            "\"a;b\";\"zei \"\"ja\"\"\";gewoon, met komma\r\n");
}

TEST(CsvDocument, KeepsANewlineInsideAQuotedField) {
  EXPECT_EQ(WithoutBom(CsvDocument({"Verslag"}, {{"regel 1\nregel 2"}, {"a\r\nb"}})),
            "Verslag\r\n\"regel 1\nregel 2\"\r\n\"a\r\nb\"\r\n");
}

TEST(CsvDocument, NeutralisesCellsThatASpreadsheetWouldEvaluateAsAFormula) {
  EXPECT_EQ(WithoutBom(CsvDocument({}, {{"=1+1", "+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx"}})),
            "'=1+1;'+cmd;'-2+3+cmd|' /C calc'!A0;'@SUM(A1);'\tx\r\n");
  // Quoting still applies after the apostrophe.
  EXPECT_EQ(WithoutBom(CsvDocument({}, {{"=HYPERLINK(\"x\";\"y\")"}})), "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\r\n");
  EXPECT_EQ(WithoutBom(CsvDocument({}, {{"\r=1"}})), "\"'\r=1\"\r\n");
  // Not at the start: left alone.
  EXPECT_EQ(WithoutBom(CsvDocument({}, {{"a=b", " =1", "e-mail"}})), "a=b; =1;e-mail\r\n");
}

TEST(CsvDocument, LeavesPlainSignedNumbersAsNumbers) {
  EXPECT_EQ(WithoutBom(CsvDocument({}, {{"-3", "-1,5", "+2.25", "-", "-1,5,0", "+32 470 12 34 56"}})),
            "-3;-1,5;+2.25;'-;'-1,5,0;'+32 470 12 34 56\r\n");
}

TEST(CsvDocument, LeavesDutchCharactersUnchanged) {
  EXPECT_EQ(WithoutBom(CsvDocument({"Opmerking"}, {{"Café, één patiënt geïnformeerd — € 12,50"}})),
            "Opmerking\r\nCafé, één patiënt geïnformeerd — € 12,50\r\n");
}

}  // namespace
}  // namespace leerplek::app
