#include "leerplek/http/icalendar.hpp"

#include <date/date.h>

namespace leerplek::http {
namespace {

// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; a newline becomes \n.
std::string Escape(const std::string& text) {
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

// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.
void AddLine(std::string& out, const std::string& line) {
  std::size_t start = 0;
  std::size_t limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out += line.substr(start) + "\r\n";
}

std::string Compact(const domain::Date& d) {
  std::string iso = domain::IsoDate(d);
  iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
  return iso;
}

}  // namespace

std::string WorkplaceDaysCalendar(const std::vector<app::FeedDay>& days, app::Timestamp generated_at,
                                  const std::string& host) {
  std::string out;
  AddLine(out, "BEGIN:VCALENDAR");
  AddLine(out, "VERSION:2.0");
  AddLine(out, "PRODID:-//Leerplek//Werkplekleren//NL");
  AddLine(out, "CALSCALE:GREGORIAN");
  AddLine(out, "METHOD:PUBLISH");
  AddLine(out, "X-WR-CALNAME:Werkplekleren");
  AddLine(out, "X-WR-TIMEZONE:Europe/Brussels");
  const std::string stamp = date::format("%Y%m%dT%H%M%SZ", generated_at);
  for (const app::FeedDay& d : days) {
    const domain::Date next = std::chrono::year_month_day(std::chrono::sys_days(d.date) + std::chrono::days(1));
    AddLine(out, "BEGIN:VEVENT");
    AddLine(out, "UID:" + Compact(d.date) + "-" + d.module_code + "@" + host);
    AddLine(out, "DTSTAMP:" + stamp);
    AddLine(out, "DTSTART;VALUE=DATE:" + Compact(d.date));
    AddLine(out, "DTEND;VALUE=DATE:" + Compact(next));
    AddLine(out, "SUMMARY:" + Escape("Werkplekleren: " + d.module_name));
    AddLine(out, "DESCRIPTION:" + Escape(d.programme_name + ", " + d.cohort_name + ". Werkplekdag van module " +
                                         d.module_name + "."));
    AddLine(out, "TRANSP:OPAQUE");
    AddLine(out, "END:VEVENT");
  }
  AddLine(out, "END:VCALENDAR");
  return out;
}

}  // namespace leerplek::http
