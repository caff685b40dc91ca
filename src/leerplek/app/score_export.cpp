#include "leerplek/app/score_export.hpp"

#include <cstddef>
#include <map>
#include <utility>

#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

constexpr double kPassMark = 10;  // out of 20 (R20)

SheetCell Score(const std::optional<double>& score) {
  if (score) return *score;
  return std::string();
}

std::string Day(const std::optional<Timestamp>& at, const Clock& clock) {
  return at ? domain::DutchDate(clock.Local(*at).date) : "";
}

std::string ModuleTitle(const ScoreLine& line) {
  return line.module_name.empty() ? line.module_code : line.module_name;
}

// Keys in the order they are first met, each with the positions of the lines that have it.
template <typename KeyOf>
std::vector<std::pair<std::string, std::vector<std::size_t>>> GroupBy(const std::vector<ScoreLine>& lines,
                                                                      KeyOf key_of) {
  std::vector<std::pair<std::string, std::vector<std::size_t>>> groups;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string key = key_of(lines[i]);
    auto [it, added] = index.try_emplace(key, groups.size());
    if (added) groups.push_back({key, {}});
    groups[it->second].second.push_back(i);
  }
  return groups;
}

Sheet Overview(const std::vector<ScoreLine>& lines) {
  const auto modules = GroupBy(lines, [](const ScoreLine& l) { return l.module_code; });
  const auto students = GroupBy(lines, [](const ScoreLine& l) {
    return l.student_number.empty() ? "name:" + l.student_name : "number:" + l.student_number;
  });
  Sheet sheet{.name = "Overzicht", .headings = {"Student", "Studentennummer"}};
  for (const auto& [code, at] : modules) sheet.headings.push_back(ModuleTitle(lines[at.front()]));
  sheet.headings.emplace_back("Geslaagde modules (≥ 10)");
  for (const auto& [key, at] : students) {
    const ScoreLine& first = lines[at.front()];
    std::vector<SheetCell> row = {first.student_name, first.student_number};
    double passed = 0;
    for (const auto& [code, ignored] : modules) {
      std::optional<double> final_score;
      for (const std::size_t i : at) {
        if (lines[i].module_code == code && lines[i].final_score) final_score = lines[i].final_score;
      }
      if (final_score && *final_score >= kPassMark) ++passed;
      row.push_back(Score(final_score));
    }
    row.emplace_back(passed);
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

Sheet ModuleSheet(const std::vector<ScoreLine>& lines, const std::vector<std::size_t>& at, const Clock& clock) {
  Sheet sheet{.name = ModuleTitle(lines[at.front()]),
              .headings = {"Student", "Studentennummer", "Werkplek", "Mentor", "Werkplekbegeleider", "Status",
                           "Berekende score", "Eindscore", "Reden van aanpassing", "Vastgelegd op", "Vrijgegeven op"}};
  for (const std::size_t i : at) {
    const ScoreLine& l = lines[i];
    sheet.rows.push_back({l.student_name, l.student_number, l.organisation, l.mentor_name, l.supervisor_name, l.state,
                          Score(l.calculated), Score(l.final_score), l.override_reason, Day(l.finalised_at, clock),
                          Day(l.released_at, clock)});
  }
  return sheet;
}

}  // namespace

Workbook ScoresWorkbook(const std::string& cohort_name, const std::vector<ScoreLine>& lines, const Clock& clock) {
  Workbook book{.title = "Scores — " + cohort_name, .sheets = {Overview(lines)}};
  for (const auto& [code, at] : GroupBy(lines, [](const ScoreLine& l) { return l.module_code; })) {
    book.sheets.push_back(ModuleSheet(lines, at, clock));
  }
  return book;
}

}  // namespace leerplek::app
