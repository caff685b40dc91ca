#include "leerplek/app/icalendar_text.hpp"

#include <chrono>
#include <cstdio>

namespace leerplek::app {
namespace {

std::string TwoDigits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// "20270315T100000", local wall time.
std::string IcalLocal(domain::Date date, int minutes) {
  return IcalDate(date) + "T" + TwoDigits(minutes / 60) + TwoDigits(minutes % 60) + "00";
}

// CN values are quoted (§3.2): a double quote cannot appear inside, so it is dropped.
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c != '"' && c != '\r' && c != '\n') out += c;
  }
  return out + "\"";
}

// Europe/Brussels since 1996: CET in winter, CEST from the last Sunday of March to the last Sunday of October.
void AddBrusselsTimeZone(std::string& out) {
  for (const char* line :
       {"BEGIN:VTIMEZONE", "TZID:Europe/Brussels", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"}) {
    IcalAddLine(out, line);
  }
}

}  // namespace

std::string IcalEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

void IcalAddLine(std::string& out, std::string_view line) {
  std::size_t start = 0;
  std::size_t limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(start, cut - start));
    out += "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out.append(line.substr(start));
  out += "\r\n";
}

std::string IcalDate(domain::Date date) {
  return std::to_string(static_cast<int>(date.year())) + TwoDigits(static_cast<int>(unsigned(date.month()))) +
         TwoDigits(static_cast<int>(unsigned(date.day())));
}

std::string IcalUtc(domain::Timestamp at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::hh_mm_ss time{at - day};
  return IcalDate(domain::Date{day}) + "T" + TwoDigits(static_cast<int>(time.hours().count())) +
         TwoDigits(static_cast<int>(time.minutes().count())) + TwoDigits(static_cast<int>(time.seconds().count())) +
         "Z";
}

std::string VisitCalendar(const VisitInvitation& v) {
  std::string out;
  IcalAddLine(out, "BEGIN:VCALENDAR");
  IcalAddLine(out, "VERSION:2.0");
  IcalAddLine(out, "PRODID:-//Leerplek//Werkplekleren//NL");
  IcalAddLine(out, "CALSCALE:GREGORIAN");
  IcalAddLine(out, v.cancelled ? "METHOD:CANCEL" : "METHOD:REQUEST");
  AddBrusselsTimeZone(out);
  IcalAddLine(out, "BEGIN:VEVENT");
  IcalAddLine(out, "UID:" + v.uid);
  IcalAddLine(out, "SEQUENCE:" + std::to_string(v.sequence));
  IcalAddLine(out, "DTSTAMP:" + IcalUtc(v.stamp));
  IcalAddLine(out, "DTSTART;TZID=Europe/Brussels:" + IcalLocal(v.date, v.start_minutes));
  IcalAddLine(out, "DTEND;TZID=Europe/Brussels:" + IcalLocal(v.date, v.start_minutes + v.duration_minutes));
  IcalAddLine(out, "SUMMARY:" + IcalEscape(v.summary));
  if (!v.description.empty()) IcalAddLine(out, "DESCRIPTION:" + IcalEscape(v.description));
  IcalAddLine(out, "LOCATION:" + IcalEscape(v.location));
  IcalAddLine(out, "ORGANIZER;CN=" + Quoted(v.organizer.name) + ":mailto:" + v.organizer.email);
  for (const IcalPerson& a : v.attendees) {
    IcalAddLine(out, "ATTENDEE;CN=" + Quoted(a.name) +
                         ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + a.email);
  }
  IcalAddLine(out, v.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  IcalAddLine(out, "TRANSP:OPAQUE");
  IcalAddLine(out, "END:VEVENT");
  IcalAddLine(out, "END:VCALENDAR");
  return out;
}

}  // namespace leerplek::app
