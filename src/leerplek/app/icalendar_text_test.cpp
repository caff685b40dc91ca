#include "leerplek/app/icalendar_text.hpp"

#include <gtest/gtest.h>

namespace leerplek::app {
namespace {

VisitInvitation Visit() {
  VisitInvitation v;
  v.uid = "visit-abc@leerplek";
  v.sequence = 0;
  v.stamp = domain::Timestamp(std::chrono::sys_days{std::chrono::year{2027} / 3 / 1} + std::chrono::hours{9} +
                              std::chrono::minutes{5} + std::chrono::seconds{7});
  v.date = domain::Date{std::chrono::year{2027}, std::chrono::month{3}, std::chrono::day{15}};
  v.start_minutes = 10 * 60;
  v.duration_minutes = 90;
  v.summary = "Werkplekbezoek Lotte Peeters (HR Partners)";
  v.description = "Met: Sofie (mentor), Lotte; koffie";
  v.location = "HR Partners, Frankrijklei 120, 2000 Antwerpen";
  v.organizer = {"Pieter Claes", "pieter@school.be"};
  v.attendees = {{"Lotte Peeters", "lotte@student.be"}, {"Sofie Janssens", "sofie@werkplek.be"}};
  return v;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(R22VisitCalendar, AnInvitationIsARequestWithLocalTimesInBrussels) {
  const std::string ics = VisitCalendar(Visit());
  EXPECT_TRUE(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nMETHOD:REQUEST\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nTZID:Europe/Brussels\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nUID:visit-abc@leerplek\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nSEQUENCE:0\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nDTSTAMP:20270301T090507Z\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nDTSTART;TZID=Europe/Brussels:20270315T100000\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nDTEND;TZID=Europe/Brussels:20270315T113000\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nDESCRIPTION:Met: Sofie (mentor)\\, Lotte\\; koffie\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nORGANIZER;CN=\"Pieter Claes\":mailto:pieter@school.be\r\n"));
  EXPECT_TRUE(Has(ics, "ATTENDEE;CN=\"Lotte Peeters\";ROLE=REQ-PARTICIPANT"));
  EXPECT_TRUE(Has(ics, "\r\nSTATUS:CONFIRMED\r\n"));
  EXPECT_TRUE(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  for (std::size_t start = 0, end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2)
    EXPECT_LE(end - start, 75U) << ics.substr(start, end - start);
}

TEST(R22VisitCalendar, ACancellationKeepsTheUidAndRaisesTheSequence) {
  VisitInvitation v = Visit();
  v.sequence = 2;
  v.cancelled = true;
  const std::string ics = VisitCalendar(v);
  EXPECT_TRUE(Has(ics, "\r\nMETHOD:CANCEL\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nUID:visit-abc@leerplek\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nSEQUENCE:2\r\n"));
  EXPECT_TRUE(Has(ics, "\r\nSTATUS:CANCELLED\r\n"));
}

TEST(Icalendar, LongLinesAreFoldedOutsideUtf8Characters) {
  std::string out;
  IcalAddLine(out, "SUMMARY:" + std::string(70, 'a') + "ééé");
  EXPECT_EQ(out, "SUMMARY:" + std::string(67, 'a') + "\r\n " + "aaaééé\r\n");
  EXPECT_EQ(IcalEscape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
}

}  // namespace
}  // namespace leerplek::app
