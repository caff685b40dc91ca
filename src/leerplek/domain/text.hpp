// Small text helpers the rules share for their Dutch messages and length checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"

namespace leerplek::domain {

// Without leading and trailing spaces, tabs and line breaks.
std::string_view Trimmed(std::string_view text);

// Characters as a reader counts them: "coördinator" is 11, not the 12 bytes of its UTF-8.
std::size_t CodePoints(std::string_view text);

// A date the way a Flemish reader writes it: dd/mm/jjjj.
std::string DutchDate(Date date);

// "a", "a en b", "a, b en c".
std::string DutchList(const std::vector<std::string>& items);

}  // namespace leerplek::domain
