#include "leerplek/http/icalendar.hpp"

#include <chrono>

#include "leerplek/app/icalendar_text.hpp"

namespace leerplek::http {

std::string WorkplaceDaysCalendar(const std::vector<app::FeedDay>& days, app::Timestamp generated_at,
                                  const std::string& host) {
  std::string out;
  app::IcalAddLine(out, "BEGIN:VCALENDAR");
  app::IcalAddLine(out, "VERSION:2.0");
  app::IcalAddLine(out, "PRODID:-//Leerplek//Werkplekleren//NL");
  app::IcalAddLine(out, "CALSCALE:GREGORIAN");
  app::IcalAddLine(out, "METHOD:PUBLISH");
  app::IcalAddLine(out, "X-WR-CALNAME:Werkplekleren");
  app::IcalAddLine(out, "X-WR-TIMEZONE:Europe/Brussels");
  const std::string stamp = app::IcalUtc(generated_at);
  for (const app::FeedDay& d : days) {
    const domain::Date next = std::chrono::year_month_day(std::chrono::sys_days(d.date) + std::chrono::days(1));
    app::IcalAddLine(out, "BEGIN:VEVENT");
    app::IcalAddLine(out, "UID:" + app::IcalDate(d.date) + "-" + d.module_code + "@" + host);
    app::IcalAddLine(out, "DTSTAMP:" + stamp);
    app::IcalAddLine(out, "DTSTART;VALUE=DATE:" + app::IcalDate(d.date));
    app::IcalAddLine(out, "DTEND;VALUE=DATE:" + app::IcalDate(next));
    app::IcalAddLine(out, "SUMMARY:" + app::IcalEscape("Werkplekleren: " + d.module_name));
    app::IcalAddLine(out, "DESCRIPTION:" + app::IcalEscape(d.programme_name + ", " + d.cohort_name +
                                                           ". Werkplekdag van module " + d.module_name + "."));
    app::IcalAddLine(out, "TRANSP:OPAQUE");
    app::IcalAddLine(out, "END:VEVENT");
  }
  app::IcalAddLine(out, "END:VCALENDAR");
  return out;
}

}  // namespace leerplek::http
