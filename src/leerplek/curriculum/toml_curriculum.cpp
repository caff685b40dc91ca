#include "leerplek/curriculum/toml_curriculum.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <type_traits>

#include <toml++/toml.h>

namespace leerplek::curriculum {
namespace {

using domain::Curriculum;

constexpr std::string_view kMissing = "Verplicht veld ontbreekt.";

std::string Join(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return std::string(parent) + "." + std::string(key);
}

std::string Index(std::string_view list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// "a" is `b` itself or lies inside it: "modules[2].goals[1]" lies inside "modules[2].goals".
bool IsWithin(std::string_view a, std::string_view b) {
  if (!a.starts_with(b)) return false;
  return a.size() == b.size() || a[b.size()] == '.' || a[b.size()] == '[';
}

// The path one level up: "modules[2].goals[1]" → "modules[2].goals" → "modules[2]" → "modules" → "".
std::string Parent(std::string_view path) {
  const auto cut = path.find_last_of(".[");
  return cut == std::string_view::npos ? std::string() : std::string(path.substr(0, cut));
}

// How a path is written as a TOML table header: "modules[2].rubric.criteria" → "modules.rubric.criteria".
std::string HeaderOf(std::string_view path) {
  std::string out;
  bool in_index = false;
  for (char c : path) {
    if (c == '[') in_index = true;
    if (!in_index) out += c;
    if (c == ']') in_index = false;
  }
  return out;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Out-of-range numbers become the nearest int so the domain rule reports them with its own range message.
int Saturate(std::int64_t value) {
  return static_cast<int>(
      std::clamp<std::int64_t>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

// Walks the parsed document: checks presence, types and unknown keys, and remembers the line of every path so
// that the domain's problems, which only know paths, can be reported at the right line.
class Reader {
 public:
  void Problem(int line, std::string field, std::string message) {
    problems_.push_back({line, std::move(field), std::move(message)});
  }

  void Remember(const std::string& path, int line) { lines_[path] = line; }

  // Domain problems on these paths would only repeat a problem already reported (or follow from it).
  void Quiet(std::string path) { quiet_.push_back(std::move(path)); }

  const toml::node* Field(const toml::table& table, const std::string& table_path, std::string_view key,
                          bool required) {
    const toml::node* node = table.get(key);
    const std::string path = Join(table_path, key);
    if (node == nullptr) {
      if (required) Problem(LineFor(table_path), path, std::string(kMissing));
      return nullptr;
    }
    Remember(path, LineOf(*node));
    return node;
  }

  // One value of type T; a value of another type is a problem named `wrong_type`. A number may be written with
  // or without decimals ("points = 2", "points = 2.5"); every other type must be exactly that type.
  template <typename T>
  std::optional<T> Scalar(const toml::table& table, const std::string& table_path, std::string_view key, bool required,
                          std::string_view wrong_type) {
    const toml::node* node = Field(table, table_path, key, required);
    if (node == nullptr) return std::nullopt;
    std::optional<T> value;
    if constexpr (std::is_floating_point_v<T>) {
      value = node->value<T>();
    } else {
      value = node->value_exact<T>();
    }
    if (!value) Problem(LineOf(*node), Join(table_path, key), std::string(wrong_type));
    return value;
  }

  std::optional<std::string> Text(const toml::table& table, const std::string& table_path, std::string_view key,
                                  bool required) {
    return Scalar<std::string>(table, table_path, key, required, "Moet tekst zijn.");
  }

  std::optional<int> Integer(const toml::table& table, const std::string& table_path, std::string_view key,
                             bool required) {
    const auto number = Scalar<std::int64_t>(table, table_path, key, required, "Moet een geheel getal zijn.");
    if (!number) return std::nullopt;
    return Saturate(*number);
  }

  std::optional<double> Number(const toml::table& table, const std::string& table_path, std::string_view key,
                               bool required) {
    return Scalar<double>(table, table_path, key, required, "Moet een getal zijn.");
  }

  std::optional<bool> Boolean(const toml::table& table, const std::string& table_path, std::string_view key,
                              bool required) {
    return Scalar<bool>(table, table_path, key, required, "Moet true of false zijn.");
  }

  // A table, written as [header] or inline; `how` tells the editor how to write it.
  const toml::table* Table(const toml::table& table, const std::string& table_path, std::string_view key, bool required,
                           std::string_view how) {
    const toml::node* node = Field(table, table_path, key, required);
    if (node == nullptr) return nullptr;
    if (const auto* sub = node->as_table()) return sub;
    Problem(LineOf(*node), Join(table_path, key), "Moet een tabel zijn: schrijf " + std::string(how) + ".");
    return nullptr;
  }

  std::optional<std::vector<std::string>> Texts(const toml::table& table, const std::string& table_path,
                                                std::string_view key, bool required) {
    const std::string path = Join(table_path, key);
    const toml::array* array = List(table, table_path, key, required, "Moet een lijst van teksten zijn.");
    if (array == nullptr) return std::nullopt;
    std::vector<std::string> out;
    bool all_text = true;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = *array->get(i);
      Remember(Index(path, i), LineOf(element));
      if (const auto* text = element.as_string()) {
        out.push_back(text->get());
      } else {
        Problem(LineOf(element), Index(path, i), "Moet tekst zijn.");
        all_text = false;
      }
    }
    if (!all_text) return std::nullopt;
    return out;
  }

  std::optional<std::vector<int>> Integers(const toml::table& table, const std::string& table_path,
                                           std::string_view key, bool required) {
    const std::string path = Join(table_path, key);
    const toml::array* array = List(table, table_path, key, required, "Moet een lijst van gehele getallen zijn.");
    if (array == nullptr) return std::nullopt;
    std::vector<int> out;
    bool all_integers = true;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = *array->get(i);
      Remember(Index(path, i), LineOf(element));
      if (const auto* number = element.as_integer()) {
        out.push_back(Saturate(number->get()));
      } else {
        Problem(LineOf(element), Index(path, i), "Moet een geheel getal zijn.");
        all_integers = false;
      }
    }
    if (!all_integers) return std::nullopt;
    return out;
  }

  // The tables of an array of tables ([[modules]]), each remembered as "modules[i]".
  std::vector<std::pair<std::string, const toml::table*>> Tables(const toml::table& table,
                                                                 const std::string& table_path, std::string_view key,
                                                                 bool required) {
    const std::string path = Join(table_path, key);
    const std::string header = "[[" + HeaderOf(path) + "]]";
    std::vector<std::pair<std::string, const toml::table*>> out;
    const toml::array* array =
        List(table, table_path, key, required, "Moet een lijst van tabellen zijn: schrijf " + header + ".");
    if (array == nullptr) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = *array->get(i);
      Remember(Index(path, i), LineOf(element));
      if (const auto* sub = element.as_table()) {
        out.emplace_back(Index(path, i), sub);
      } else {
        Problem(LineOf(element), Index(path, i), "Moet een tabel zijn: schrijf " + header + ".");
      }
    }
    return out;
  }

  // A typo in a key must not silently drop what it was meant to set.
  void RejectUnknownKeys(const toml::table& table, const std::string& table_path,
                         std::initializer_list<std::string_view> known) {
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      std::string message = "Onbekend veld.";
      for (std::string_view candidate : known) {
        if (EditDistance(name, candidate) <= 2) {
          message += " Bedoel je '" + std::string(candidate) + "'?";
          break;
        }
      }
      Problem(LineOf(node), Join(table_path, name), std::move(message));
    }
  }

  // The line of `path`, or of the nearest enclosing table or list that is in the file.
  [[nodiscard]] int LineFor(std::string_view path) const {
    std::string at(path);
    while (!at.empty()) {
      if (auto it = lines_.find(at); it != lines_.end()) return it->second;
      at = Parent(at);
    }
    return 0;
  }

  void AddDomainProblems(const std::vector<FieldError>& fields) {
    std::vector<std::string> reported;
    for (const CurriculumProblem& p : problems_) reported.push_back(p.field);
    reported.insert(reported.end(), quiet_.begin(), quiet_.end());
    for (const FieldError& f : fields) {
      const bool repeats = std::any_of(reported.begin(), reported.end(), [&](const std::string& r) {
        return !r.empty() && (IsWithin(f.field, r) || IsWithin(r, f.field));
      });
      if (!repeats) Problem(LineFor(f.field), f.field, f.message);
    }
  }

  std::vector<CurriculumProblem> TakeProblems() {
    std::stable_sort(problems_.begin(), problems_.end(),
                     [](const CurriculumProblem& a, const CurriculumProblem& b) { return a.line < b.line; });
    return std::move(problems_);
  }

  [[nodiscard]] bool HasProblems() const { return !problems_.empty(); }

 private:
  const toml::array* List(const toml::table& table, const std::string& table_path, std::string_view key, bool required,
                          const std::string& wrong_type) {
    const toml::node* node = Field(table, table_path, key, required);
    if (node == nullptr) return nullptr;
    if (const auto* array = node->as_array()) return array;
    Problem(LineOf(*node), Join(table_path, key), wrong_type);
    return nullptr;
  }

  std::vector<CurriculumProblem> problems_;
  std::map<std::string, int, std::less<>> lines_;
  std::vector<std::string> quiet_;
};

void ReadProgramme(Reader& reader, const toml::table& root, Curriculum& out) {
  const std::string path = "programme";
  const toml::table* table = reader.Table(root, "", path, true, "[programme]");
  if (table == nullptr) {
    out.phases = 0;  // unknown: the domain then skips the phase checks that depend on it
    return;
  }
  reader.RejectUnknownKeys(*table, path, {"code", "name", "institution", "version", "phases", "notes"});
  out.programme_code = reader.Text(*table, path, "code", true).value_or("");
  out.programme_name = reader.Text(*table, path, "name", true).value_or("");
  out.institution = reader.Text(*table, path, "institution", true).value_or("");
  out.version_label = reader.Text(*table, path, "version", true).value_or("");
  out.phases = reader.Integer(*table, path, "phases", true).value_or(0);
  out.notes = reader.Text(*table, path, "notes", false).value_or("");
}

void ReadCourseUnits(Reader& reader, const toml::table& root, Curriculum& out) {
  for (const auto& [path, table] : reader.Tables(root, "", "course_units", false)) {
    reader.RejectUnknownKeys(*table, path, {"name", "kind", "phase", "semester", "module"});
    domain::CourseUnit unit;
    unit.name = reader.Text(*table, path, "name", true).value_or("");
    if (const auto kind = reader.Text(*table, path, "kind", true)) {
      if (const auto parsed = domain::ParseCourseUnitKind(*kind)) {
        unit.kind = *parsed;
      } else {
        reader.Problem(
            reader.LineFor(path + ".kind"), path + ".kind",
            "Onbekende soort '" + *kind + "': kies professional_role, knowledge_frame of workplace_learning.");
        reader.Quiet(path + ".module");  // whether it may name a module depends on the kind
      }
    } else {
      reader.Quiet(path + ".module");
    }
    unit.phase = reader.Integer(*table, path, "phase", true).value_or(0);
    unit.semester = reader.Integer(*table, path, "semester", true).value_or(0);
    unit.module_code = reader.Text(*table, path, "module", false).value_or("");
    out.course_units.push_back(std::move(unit));
  }
}

std::optional<domain::ScoreRounding> ParseRounding(std::string_view code) {
  if (code == "integer") return domain::ScoreRounding::kInteger;
  if (code == "half") return domain::ScoreRounding::kHalf;
  return std::nullopt;
}

// Absent: no mandatory moments. Present: all three keys, so a scheme never depends on a silent default.
void ReadAttendance(Reader& reader, const toml::table& rubric, const std::string& rubric_path,
                    domain::AttendanceRule& out) {
  const std::string path = Join(rubric_path, "attendance");
  const toml::table* table = reader.Table(rubric, rubric_path, "attendance", false, "[" + HeaderOf(path) + "]");
  if (table == nullptr) return;
  reader.RejectUnknownKeys(*table, path, {"mandatory", "penalty_per_missed", "fail_below_ratio"});
  if (const auto mandatory = reader.Integer(*table, path, "mandatory", true)) out.mandatory = *mandatory;
  if (const auto penalty = reader.Number(*table, path, "penalty_per_missed", true)) out.penalty_per_missed = *penalty;
  if (const auto ratio = reader.Number(*table, path, "fail_below_ratio", true)) out.fail_below_ratio = *ratio;
}

// Absent: the default levels O, V, G, ZG.
std::vector<domain::RubricLevel> ReadLevels(Reader& reader, const toml::table& rubric, const std::string& rubric_path) {
  if (!rubric.contains("levels")) return domain::DefaultRubricLevels();
  std::vector<domain::RubricLevel> levels;
  for (const auto& [path, table] : reader.Tables(rubric, rubric_path, "levels", false)) {
    reader.RejectUnknownKeys(*table, path, {"code", "name", "points"});
    domain::RubricLevel level;
    level.code = reader.Text(*table, path, "code", true).value_or("");
    level.name = reader.Text(*table, path, "name", true).value_or("");
    if (const auto points = reader.Number(*table, path, "points", true)) {
      level.points = *points;
    } else {
      // Without this level's points the next level cannot be said to rise above them.
      reader.Quiet(Index(Join(rubric_path, "levels"), levels.size() + 1) + ".points");
    }
    levels.push_back(std::move(level));
  }
  return levels;
}

std::map<std::string, std::string> ReadDescriptions(Reader& reader, const toml::table& criterion,
                                                    const std::string& criterion_path) {
  const std::string path = Join(criterion_path, "descriptions");
  const toml::table* table =
      reader.Table(criterion, criterion_path, "descriptions", true,
                   "descriptions = { O = \"…\", V = \"…\", G = \"…\", ZG = \"…\" } of [" + HeaderOf(path) + "]");
  std::map<std::string, std::string> out;
  if (table == nullptr) return out;
  for (auto&& [key, node] : *table) {
    const std::string level(key.str());
    // Remembered through Text, so a problem the domain finds with this level is reported at its line.
    if (auto text = reader.Text(*table, path, level, true)) out.emplace(level, std::move(*text));
  }
  return out;
}

std::vector<domain::RubricCriterion> ReadCriteria(Reader& reader, const toml::table& rubric,
                                                  const std::string& rubric_path, bool goals_known) {
  std::vector<domain::RubricCriterion> criteria;
  for (const auto& [path, table] : reader.Tables(rubric, rubric_path, "criteria", true)) {
    reader.RejectUnknownKeys(*table, path, {"code", "title", "goal", "weight", "knock_out", "descriptions"});
    domain::RubricCriterion criterion;
    criterion.code = reader.Text(*table, path, "code", true).value_or("");
    criterion.title = reader.Text(*table, path, "title", true).value_or("");
    criterion.goal = reader.Integer(*table, path, "goal", false).value_or(0);
    // With the module's goals unreadable, every goal number would look out of range.
    if (!goals_known) reader.Quiet(path + ".goal");
    if (const auto weight = reader.Number(*table, path, "weight", true)) criterion.weight = *weight;
    criterion.knock_out = reader.Boolean(*table, path, "knock_out", false).value_or(false);
    criterion.descriptions = ReadDescriptions(reader, *table, path);
    criteria.push_back(std::move(criterion));
  }
  return criteria;
}

std::optional<domain::Rubric> ReadRubric(Reader& reader, const toml::table& module, const std::string& module_path,
                                         bool goals_known) {
  const std::string path = Join(module_path, "rubric");
  const toml::table* table = reader.Table(module, module_path, "rubric", false, "[" + HeaderOf(path) + "]");
  if (table == nullptr) return std::nullopt;
  reader.RejectUnknownKeys(*table, path, {"knock_out_cap", "rounding", "attendance", "levels", "criteria"});
  domain::Rubric rubric;
  if (const auto cap = reader.Number(*table, path, "knock_out_cap", true)) rubric.knock_out_cap = *cap;
  if (const auto rounding = reader.Text(*table, path, "rounding", true)) {
    if (const auto parsed = ParseRounding(*rounding)) {
      rubric.rounding = *parsed;
    } else {
      reader.Problem(
          reader.LineFor(path + ".rounding"), path + ".rounding",
          "Onbekende afronding '" + *rounding + "': kies integer (op een geheel getal) of half (op een halve punt).");
    }
  }
  ReadAttendance(reader, *table, path, rubric.attendance);
  rubric.levels = ReadLevels(reader, *table, path);
  rubric.criteria = ReadCriteria(reader, *table, path, goals_known);
  return rubric;
}

void ReadModules(Reader& reader, const toml::table& root, Curriculum& out) {
  for (const auto& [path, table] : reader.Tables(root, "", "modules", true)) {
    reader.RejectUnknownKeys(*table, path,
                             {"code", "name", "phase", "quarters", "required_days", "description", "goals",
                              "may_share_workplace_with", "rubric"});
    domain::Module module;
    module.code = reader.Text(*table, path, "code", true).value_or("");
    module.name = reader.Text(*table, path, "name", true).value_or("");
    module.phase = reader.Integer(*table, path, "phase", true).value_or(0);  // 0: quarters are not checked against it
    module.quarters = reader.Integers(*table, path, "quarters", true).value_or(std::vector<int>{});
    module.required_days = reader.Integer(*table, path, "required_days", true).value_or(0);
    module.description = reader.Text(*table, path, "description", false).value_or("");
    const auto goals = reader.Texts(*table, path, "goals", true);
    module.goals = goals.value_or(std::vector<std::string>{});
    module.may_share_workplace_with =
        reader.Texts(*table, path, "may_share_workplace_with", false).value_or(std::vector<std::string>{});
    module.rubric = ReadRubric(reader, *table, path, goals.has_value());
    out.modules.push_back(std::move(module));
  }
}

}  // namespace

CurriculumOrProblems ParseCurriculumToml(std::string_view text, std::string_view source_name) {
  toml::table root;
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    const auto& at = e.source().begin;
    return std::vector<CurriculumProblem>{
        {static_cast<int>(at.line), "",
         "Ongeldige TOML-syntaxis in kolom " + std::to_string(at.column) + " (" + std::string(e.description()) + ")."}};
  }

  Reader reader;
  reader.RejectUnknownKeys(root, "", {"format", "programme", "course_units", "modules"});
  if (const auto format = reader.Integer(root, "", "format", true); format && *format != kCurriculumFormat) {
    reader.Problem(reader.LineFor("format"), "format",
                   "Onbekende formaatversie " + std::to_string(*format) + "; Leerplek leest formaat " +
                       std::to_string(kCurriculumFormat) + ".");
  }
  Curriculum curriculum;
  ReadProgramme(reader, root, curriculum);
  ReadCourseUnits(reader, root, curriculum);
  ReadModules(reader, root, curriculum);

  if (const Status valid = domain::CurriculumIsValid(curriculum); !valid.has_value()) {
    reader.AddDomainProblems(valid.error().fields);
  }
  if (reader.HasProblems()) return reader.TakeProblems();
  return curriculum;
}

CurriculumOrProblems LoadCurriculumFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ignored;
  if (!in || std::filesystem::is_directory(path, ignored)) {
    return std::vector<CurriculumProblem>{{0, "", "Het bestand " + path.string() + " kan niet gelezen worden."}};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseCurriculumToml(text.str(), path.filename().string());
}

std::string FormatProblems(const std::vector<CurriculumProblem>& problems, std::string_view source_name) {
  std::string out;
  for (const CurriculumProblem& p : problems) {
    out += source_name;
    if (p.line > 0) out += ":" + std::to_string(p.line);
    out += ": ";
    if (!p.field.empty()) out += p.field + ": ";
    out += p.message;
    out += '\n';
  }
  return out;
}

}  // namespace leerplek::curriculum
