#include "leerplek/domain/curriculum.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace leerplek::domain {
namespace {

inline constexpr int kQuartersPerPhase = kSemestersPerPhase * kQuartersPerSemester;
inline constexpr int kMaxPhases = 4;
inline constexpr std::size_t kMaxCodeLength = 40;

std::string Index(std::string_view list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// Goals are Dutch text: "500 characters" means what a reader counts, not UTF-8 bytes.
std::size_t CharacterCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

bool IsCodeCharacter(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

void CheckCode(FieldErrors& errors, const std::string& field, std::string_view code) {
  if (code.empty()) {
    errors.Add(field, "Vul een code in.");
  } else if (code.size() > kMaxCodeLength) {
    errors.Add(field, "Een code mag hoogstens 40 tekens lang zijn.");
  } else if (!CodeIsWellFormed(code)) {
    errors.Add(field,
               "Een code bestaat uit kleine letters, cijfers en losse koppeltekens ertussen (bv. 'hr-support').");
  }
}

void CheckName(FieldErrors& errors, const std::string& field, std::string_view name) {
  if (IsBlank(name)) errors.Add(field, "Vul een naam in.");
}

bool PhaseIsInProgramme(int phase, int phases) { return phase >= 1 && phase <= phases; }

std::string PhaseRangeMessage(int phases) {
  if (phases == 1) return "De fase moet 1 zijn: de opleiding heeft maar één fase.";
  return "De fase moet tussen 1 en " + std::to_string(phases) + " liggen.";
}

void CheckQuarters(FieldErrors& errors, const std::string& path, const Module& module, bool phase_is_valid) {
  const std::string field = path + ".quarters";
  if (module.quarters.empty()) {
    errors.Add(field, "Geef minstens één kwartaal op.");
    return;
  }
  const int first = (module.phase - 1) * kQuartersPerPhase + 1;
  const int last = module.phase * kQuartersPerPhase;
  for (std::size_t i = 0; i < module.quarters.size(); ++i) {
    const int quarter = module.quarters[i];
    const std::string element = Index(field, i);
    // A quarter outside the phase is only meaningful to report when the phase itself is right.
    if (phase_is_valid && (quarter < 1 || PhaseOfQuarter(quarter) != module.phase)) {
      errors.Add(element, "Kwartaal " + std::to_string(quarter) + " hoort niet bij fase " +
                              std::to_string(module.phase) + " (kwartalen " + std::to_string(first) + "–" +
                              std::to_string(last) + ").");
    }
    if (i == 0) continue;
    const int previous = module.quarters[i - 1];
    if (quarter == previous) {
      errors.Add(element, "Kwartaal " + std::to_string(quarter) + " staat er twee keer in.");
    } else if (quarter < previous) {
      errors.Add(element, "Zet de kwartalen in oplopende volgorde: " + std::to_string(quarter) + " staat na " +
                              std::to_string(previous) + ".");
    }
  }
}

void CheckGoals(FieldErrors& errors, const std::string& path, const Module& module) {
  const std::string field = path + ".goals";
  if (module.goals.empty()) {
    errors.Add(field, "Geef minstens één doelstelling op.");
    return;
  }
  for (std::size_t i = 0; i < module.goals.size(); ++i) {
    const std::string& goal = module.goals[i];
    if (IsBlank(goal)) {
      errors.Add(Index(field, i), "Een doelstelling mag niet leeg zijn.");
    } else if (const std::size_t length = CharacterCount(goal); length > kMaxGoalLength) {
      errors.Add(Index(field, i),
                 "Een doelstelling mag hoogstens 500 tekens lang zijn (nu " + std::to_string(length) + ").");
    }
  }
}

void CheckRubric(FieldErrors& errors, const std::string& path, const Module& module) {
  if (!module.rubric) return;
  const Status valid = RubricIsValid(*module.rubric, static_cast<int>(module.goals.size()), path + ".rubric");
  if (valid.has_value()) return;
  for (const FieldError& f : valid.error().fields) errors.Add(f.field, f.message);
}

}  // namespace

// ^[a-z0-9]+(-[a-z0-9]+)*$ without <regex>: codes end up in URLs and file names, so no surprises.
bool CodeIsWellFormed(std::string_view code) {
  if (code.empty() || code.size() > kMaxCodeLength) return false;
  if (code.front() == '-' || code.back() == '-') return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i] == '-') {
      if (code[i + 1] == '-') return false;  // safe: the last character is not '-'
    } else if (!IsCodeCharacter(code[i])) {
      return false;
    }
  }
  return true;
}

int PhaseOfQuarter(int quarter) {
  if (quarter < 1) return 0;
  return (quarter - 1) / kQuartersPerPhase + 1;
}

int SemesterOfQuarter(int quarter) {
  if (quarter < 1) return 0;
  return (quarter - 1) % kQuartersPerPhase / kQuartersPerSemester + 1;
}

std::string_view CourseUnitKindCode(CourseUnitKind kind) {
  switch (kind) {
    case CourseUnitKind::kProfessionalRole: return "professional_role";
    case CourseUnitKind::kKnowledgeFrame: return "knowledge_frame";
    case CourseUnitKind::kWorkplaceLearning: return "workplace_learning";
  }
  return "";
}

std::optional<CourseUnitKind> ParseCourseUnitKind(std::string_view code) {
  for (CourseUnitKind kind :
       {CourseUnitKind::kProfessionalRole, CourseUnitKind::kKnowledgeFrame, CourseUnitKind::kWorkplaceLearning}) {
    if (CourseUnitKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

Status CurriculumIsValid(const Curriculum& curriculum) {
  FieldErrors errors;
  CheckCode(errors, "programme.code", curriculum.programme_code);
  CheckName(errors, "programme.name", curriculum.programme_name);
  const bool phases_are_valid = curriculum.phases >= 1 && curriculum.phases <= kMaxPhases;
  if (!phases_are_valid) errors.Add("programme.phases", "Het aantal fasen moet tussen 1 en 4 liggen.");

  std::map<std::string, std::size_t, std::less<>> module_index;  // code → first module with it
  for (std::size_t i = 0; i < curriculum.modules.size(); ++i) {
    const std::string& code = curriculum.modules[i].code;
    if (!module_index.contains(code)) module_index.emplace(code, i);
  }

  for (std::size_t i = 0; i < curriculum.modules.size(); ++i) {
    const Module& module = curriculum.modules[i];
    const std::string path = Index("modules", i);
    CheckCode(errors, path + ".code", module.code);
    if (const std::size_t first = module_index.at(module.code); first != i && !module.code.empty()) {
      errors.Add(path + ".code", "Deze modulecode komt al voor (" + Index("modules", first) + ").");
    }
    CheckName(errors, path + ".name", module.name);
    // With a broken phase count every module phase would be reported too; one problem is enough.
    const bool phase_is_valid = !phases_are_valid || PhaseIsInProgramme(module.phase, curriculum.phases);
    if (!phase_is_valid) errors.Add(path + ".phase", PhaseRangeMessage(curriculum.phases));
    CheckQuarters(errors, path, module, phase_is_valid && module.phase >= 1 && module.phase <= kMaxPhases);
    if (module.required_days < 1 || module.required_days > kMaxRequiredDays) {
      errors.Add(path + ".required_days", "Het aantal dagen moet tussen 1 en 366 liggen.");
    }
    CheckGoals(errors, path, module);
    CheckRubric(errors, path, module);
    for (std::size_t j = 0; j < module.may_share_workplace_with.size(); ++j) {
      const std::string& other = module.may_share_workplace_with[j];
      const std::string field = Index(path + ".may_share_workplace_with", j);
      if (other == module.code) {
        errors.Add(field, "Een module kan niet naar zichzelf verwijzen.");
      } else if (!module_index.contains(other)) {
        errors.Add(field, "Er is geen module met code '" + other + "'.");
      }
    }
  }

  for (std::size_t i = 0; i < curriculum.course_units.size(); ++i) {
    const CourseUnit& unit = curriculum.course_units[i];
    const std::string path = Index("course_units", i);
    CheckName(errors, path + ".name", unit.name);
    if (phases_are_valid && !PhaseIsInProgramme(unit.phase, curriculum.phases)) {
      errors.Add(path + ".phase", PhaseRangeMessage(curriculum.phases));
    }
    if (unit.semester < 1 || unit.semester > kSemestersPerPhase) {
      errors.Add(path + ".semester", "Het semester moet 1 of 2 zijn.");
    }
    if (unit.kind == CourseUnitKind::kWorkplaceLearning) {
      if (unit.module_code.empty()) {
        errors.Add(path + ".module", "Een onderdeel werkplekleren moet naar zijn module verwijzen.");
      } else if (!module_index.contains(unit.module_code)) {
        errors.Add(path + ".module", "Er is geen module met code '" + unit.module_code + "'.");
      }
    } else if (!unit.module_code.empty()) {
      errors.Add(path + ".module", "Alleen een onderdeel werkplekleren verwijst naar een module.");
    }
  }

  if (!errors.Empty()) return errors.ToError();
  return {};
}

std::vector<std::string> ModulesSharingWorkplaceWith(const Curriculum& curriculum, const std::string& module) {
  std::set<std::string> out;
  for (const Module& m : curriculum.modules) {
    const auto& list = m.may_share_workplace_with;
    if (m.code == module) out.insert(list.begin(), list.end());
    if (std::find(list.begin(), list.end(), module) != list.end()) out.insert(m.code);
  }
  return {out.begin(), out.end()};
}

const Module* FindModule(const Curriculum& curriculum, std::string_view code) {
  for (const Module& m : curriculum.modules) {
    if (m.code == code) return &m;
  }
  return nullptr;
}

}  // namespace leerplek::domain
