#include "leerplek/domain/text.hpp"

#include <algorithm>

namespace leerplek::domain {
namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string DutchDate(Date date) {
  const std::string iso = IsoDate(date);
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string DutchList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " en " : ", ";
    out += items[i];
  }
  return out;
}

std::string DisplayName(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto found = names.find(id);
  return found == names.end() || found->second.empty() ? id : found->second;
}

std::string Indexed(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

void CappedProblems::Add(std::string field, std::string message) {
  if (problems_.size() < limit_) {
    problems_.push_back({std::move(field), std::move(message)});
  } else {
    ++unreported_;
  }
}

Error CappedProblems::ToError() const {
  std::vector<FieldError> problems = problems_;
  if (unreported_ > 0) {
    problems.push_back({summary_field_, unreported_ == 1
                                            ? std::string("En nog 1 ander probleem.")
                                            : "En nog " + std::to_string(unreported_) + " andere problemen."});
  }
  const std::string message = problems.size() == 1 ? problems.front().message : summary_message_;
  return Error{ErrorCode::kInvalidArgument, message, std::move(problems), {}};
}

std::string DutchDecimal(double value, int decimals) {
  double scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const auto scaled = static_cast<long long>(value * scale + (value < 0 ? -0.5 : 0.5));
  const long long whole = (scaled < 0 ? -scaled : scaled) / static_cast<long long>(scale);
  std::string out = (scaled < 0 ? "-" : "") + std::to_string(whole);
  if (decimals > 0) {
    std::string fraction = std::to_string((scaled < 0 ? -scaled : scaled) % static_cast<long long>(scale));
    out += "," + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
  }
  return out;
}

std::string HoursAndMinutes(int minutes) {
  const int m = minutes < 0 ? -minutes : minutes;
  std::string mm = std::to_string(m % 60);
  if (mm.size() < 2) mm = "0" + mm;
  return (minutes < 0 ? "-" : "") + std::to_string(m / 60) + " u " + mm;
}

}  // namespace leerplek::domain
