// A programme's curriculum as data: phases, semesters, course units and workplace-learning modules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/result.hpp"
#include "leerplek/domain/rubric.hpp"

namespace leerplek::domain {

// Every phase has two semesters and every semester two quarters; quarters are numbered across the
// whole programme (phase 1: quarters 1–4, phase 2: quarters 5–8, …).
inline constexpr int kSemestersPerPhase = 2;
inline constexpr int kQuartersPerSemester = 2;
int PhaseOfQuarter(int quarter);
int SemesterOfQuarter(int quarter);  // within its phase: 1 or 2

enum class CourseUnitKind { kProfessionalRole, kKnowledgeFrame, kWorkplaceLearning };
std::string_view CourseUnitKindCode(
    CourseUnitKind kind);  // "professional_role", "knowledge_frame", "workplace_learning"
std::optional<CourseUnitKind> ParseCourseUnitKind(std::string_view code);

struct CourseUnit {
  std::string name;
  CourseUnitKind kind = CourseUnitKind::kProfessionalRole;
  int phase = 1;
  int semester = 1;         // within the phase
  std::string module_code;  // only for kWorkplaceLearning: the module it is
};

// A workplace-learning module (werkplekleren).
struct Module {
  std::string code;  // stable across versions: lower case letters, digits and '-'
  std::string name;  // Dutch
  int phase = 1;
  std::vector<int> quarters;  // ascending, programme-wide numbering
  int required_days = 0;
  std::string description;
  std::vector<std::string> goals;  // learning goals (doelstellingen), in order
  // Modules whose workplace this one may reuse (R13 data; e.g. HR Support: Instroom, Payroll, HR Permanentie).
  std::vector<std::string> may_share_workplace_with;
  // R18/R20: how the mentor rates this module and how that becomes a score. Initialised so that aggregate
  // initialisations written before it (Module{code, name, …}) stay complete.
  std::optional<Rubric> rubric = std::nullopt;
};

struct Curriculum {
  std::string programme_code;  // e.g. "hr-support"
  std::string programme_name;  // e.g. "Graduaat HR-support"
  std::string institution;
  std::string version_label;  // e.g. "2026-1"
  int phases = 2;
  std::string notes;  // choices made where the source was unclear
  std::vector<CourseUnit> course_units;
  std::vector<Module> modules;
};

inline constexpr int kMaxRequiredDays = 366;
inline constexpr std::size_t kMaxGoalLength = 500;

// A stable code (programme, module, rubric criterion): lower-case letters and digits in groups joined by single
// hyphens, at most 40 characters ("hr-support"). Codes end up in URLs and file names.
bool CodeIsWellFormed(std::string_view code);

// Every rule a curriculum must satisfy, all problems at once. Field names are paths into the model:
// "programme.code", "programme.phases", "modules[2].required_days", "modules[0].quarters",
// "modules[1].code", "modules[3].rubric.criteria[0].weight", "course_units[4].module", … Messages are Dutch and
// say what is wrong. Rules: codes well-formed and unique; names present; 1 ≤ phases ≤ 4; a module's phase within
// the programme and its quarters (not empty, ascending, distinct) inside that phase; 1 ≤ required_days ≤ 366;
// at least one goal, none empty or longer than 500 characters; may_share_workplace_with names other existing
// modules; a module's rubric, when it has one, satisfies RubricIsValid against the module's goals; a course
// unit's phase within the programme and semester 1–2; a workplace-learning unit names an existing module (and
// only such units name one).
Status CurriculumIsValid(const Curriculum& curriculum);

// R13: the modules whose workplace `module` may share, in either direction (HR Support lists Instroom, so
// an Instroom placement may also be where the student's HR Support was). Sorted, without duplicates.
std::vector<std::string> ModulesSharingWorkplaceWith(const Curriculum& curriculum, const std::string& module);

// The module with this code, or null.
const Module* FindModule(const Curriculum& curriculum, std::string_view code);

}  // namespace leerplek::domain
