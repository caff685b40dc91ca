// iCalendar (RFC 5545) as text: escaping, line folding, and a visit's invitation (R22). Pure text building,
// shared by the calendar feed (http/icalendar.cpp) and the e-mailed invitations of the app.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::app {

// §3.3.11: backslash, semicolon and comma are escaped; a newline becomes \n; carriage returns are dropped.
std::string IcalEscape(std::string_view text);
// §3.1: appends `line` with CRLF, folded at 75 octets with CRLF and a space, never inside a UTF-8 character.
void IcalAddLine(std::string& out, std::string_view line);
// "20270315" and "20270315T083000Z" (UTC).
std::string IcalDate(domain::Date date);
std::string IcalUtc(domain::Timestamp at);

struct IcalPerson {
  std::string name;
  std::string email;
};

// One timed event of a visit as an invitation: METHOD:REQUEST while planned, METHOD:CANCEL once cancelled.
// Times are local to Europe/Brussels (DTSTART;TZID=Europe/Brussels, with its VTIMEZONE); the UID stays the
// same over every change and SEQUENCE goes up with each one, so calendars update the event in place.
struct VisitInvitation {
  std::string uid;
  int sequence = 0;
  bool cancelled = false;
  domain::Timestamp stamp;  // DTSTAMP: when this version was sent
  domain::Date date;
  int start_minutes = 0;
  int duration_minutes = 0;  // the visit ends the same day
  std::string summary;
  std::string description;
  std::string location;
  IcalPerson organizer;
  std::vector<IcalPerson> attendees;
};
std::string VisitCalendar(const VisitInvitation& invitation);

}  // namespace leerplek::app
