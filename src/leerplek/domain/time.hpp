// Points in time as values; the domain never reads a clock, `now` is a parameter.
#pragma once

#include <chrono>

namespace leerplek::domain {

using Timestamp = std::chrono::sys_seconds;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

}  // namespace leerplek::domain
