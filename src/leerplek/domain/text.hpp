// Small text helpers the rules share for their Dutch messages and length checks.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

// Without leading and trailing spaces, tabs and line breaks.
std::string_view Trimmed(std::string_view text);

// Characters as a reader counts them: "coördinator" is 11, not the 12 bytes of its UTF-8.
std::size_t CodePoints(std::string_view text);

// A date the way a Flemish reader writes it: dd/mm/jjjj.
std::string DutchDate(Date date);

// "a", "a en b", "a, b en c".
std::string DutchList(const std::vector<std::string>& items);

// The name to show for `id` in a message: its entry in `names`, else the id itself.
std::string DisplayName(const std::map<std::string, std::string>& names, const std::string& id);

// "list[index]", the way field paths name an element.
std::string Indexed(std::string_view list, std::size_t index);

// Empty or only spaces, tabs and line breaks.
// A number as people in Flanders write it: decimal comma, `decimals` digits (1,50; 0,5).
std::string DutchDecimal(double value, int decimals);
// Minutes as hours and minutes: "7 u 30", "0 u 45".
std::string HoursAndMinutes(int minutes);

inline bool IsBlank(std::string_view text) { return Trimmed(text).empty(); }

// Field errors of a plan checked by hand: a broken plan can break thousands of times over, so only the
// first `limit` are kept and the rest are counted in one last error on `summary_field`.
class CappedProblems {
 public:
  CappedProblems(std::string summary_field, std::string summary_message, std::size_t limit = 20)
      : summary_field_(std::move(summary_field)), summary_message_(std::move(summary_message)), limit_(limit) {}
  void Add(std::string field, std::string message);
  [[nodiscard]] bool Empty() const { return problems_.empty(); }
  // The error to return; `summary_message` when there is more than one problem.
  [[nodiscard]] Error ToError() const;

 private:
  std::string summary_field_;
  std::string summary_message_;
  std::size_t limit_;
  std::vector<FieldError> problems_;
  std::size_t unreported_ = 0;
};

}  // namespace leerplek::domain
