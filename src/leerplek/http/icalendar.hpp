// iCalendar (RFC 5545) text for a student's workplace days.
#pragma once

#include <string>
#include <vector>

#include "leerplek/app/calendar.hpp"

namespace leerplek::http {

// One all-day VEVENT per workplace day, with a stable UID, CRLF line ends and lines folded at 75 octets.
std::string WorkplaceDaysCalendar(const std::vector<app::FeedDay>& days, app::Timestamp generated_at,
                                  const std::string& host);

}  // namespace leerplek::http
