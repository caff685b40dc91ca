// Reads a curriculum from a TOML file (format: curricula/README.md) and reports every problem by line and field.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "leerplek/domain/curriculum.hpp"

namespace leerplek::curriculum {

// The curriculum file format this code reads; `format = 1` in the file.
inline constexpr int kCurriculumFormat = 1;

struct CurriculumProblem {
  int line = 0;         // 1-based; 0 when the problem belongs to the file as a whole
  std::string field;    // path into the file, e.g. "modules[2].required_days"; empty for a syntax error
  std::string message;  // Dutch, for the programme lead who edits the file
  bool operator==(const CurriculumProblem&) const = default;
};

using CurriculumOrProblems = std::variant<domain::Curriculum, std::vector<CurriculumProblem>>;

// Parses and validates (domain::CurriculumIsValid included). On any problem returns all of them, in line order,
// and no curriculum: a file with a typo must not be half-loaded. `source_name` appears in syntax errors only.
CurriculumOrProblems ParseCurriculumToml(std::string_view text, std::string_view source_name);

// Reads the file and parses it; an unreadable file is one problem at line 0.
CurriculumOrProblems LoadCurriculumFile(const std::filesystem::path& path);

// "hr-support.toml:12: modules[1].required_days: Het aantal dagen …", one problem per line.
std::string FormatProblems(const std::vector<CurriculumProblem>& problems, std::string_view source_name);

}  // namespace leerplek::curriculum
