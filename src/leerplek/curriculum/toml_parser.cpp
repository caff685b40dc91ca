#include "leerplek/curriculum/toml_parser.hpp"

#include "leerplek/curriculum/toml_curriculum.hpp"

namespace leerplek::curriculum {

std::variant<domain::Curriculum, std::vector<app::CurriculumProblem>> TomlCurriculumParser::Parse(
    std::string_view text) const {
  CurriculumOrProblems parsed = ParseCurriculumToml(text, "curriculum.toml");
  if (auto* curriculum = std::get_if<domain::Curriculum>(&parsed)) return std::move(*curriculum);
  std::vector<app::CurriculumProblem> problems;
  for (const CurriculumProblem& p : std::get<std::vector<CurriculumProblem>>(parsed)) {
    problems.push_back({p.line, p.field, p.message});
  }
  return problems;
}

}  // namespace leerplek::curriculum
