#include "leerplek/http/evaluation_json.hpp"

#include "leerplek/domain/text.hpp"

namespace leerplek::http {
namespace {

using domain::Indexed;
using nlohmann::json;

// Reads member `name` of `object` into `out` when it has the right type; records an error otherwise.
// Absent members keep their default unless `required`.
class Reader {
 public:
  Reader(const json& object, std::string prefix, FieldErrors& errors)
      : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

  void Number(const char* name, double& out, bool required) {
    const json* v = Find(name, required, "Vul een getal in.");
    if (v == nullptr) return;
    if (v->is_number()) {
      out = v->get<double>();
    } else {
      errors_.Add(Field(name), "Dit is een getal.");
    }
  }
  void Whole(const char* name, int& out, bool required) {
    const json* v = Find(name, required, "Vul een geheel getal in.");
    if (v == nullptr) return;
    if (v->is_number_integer() && v->get<std::int64_t>() >= -1000000 && v->get<std::int64_t>() <= 1000000) {
      out = static_cast<int>(v->get<std::int64_t>());
    } else {
      errors_.Add(Field(name), "Dit is een geheel getal.");
    }
  }
  void Text(const char* name, std::string& out, bool required) {
    const json* v = Find(name, required, "Vul dit veld in.");
    if (v == nullptr) return;
    if (v->is_string()) {
      out = v->get<std::string>();
    } else {
      errors_.Add(Field(name), "Dit is tekst.");
    }
  }
  void Flag(const char* name, bool& out) {
    const json* v = Find(name, false, "");
    if (v == nullptr) return;
    if (v->is_boolean()) {
      out = v->get<bool>();
    } else {
      errors_.Add(Field(name), "Dit is waar of onwaar (true/false).");
    }
  }
  // The member when it is an array (or object when `object`), else null with an error when present.
  const json* Nested(const char* name, bool object, bool required) {
    const json* v = Find(name, required, object ? "Vul dit onderdeel in." : "Geef minstens één element.");
    if (v == nullptr) return nullptr;
    if (object ? v->is_object() : v->is_array()) return v;
    errors_.Add(Field(name), object ? "Dit is een object." : "Dit is een lijst.");
    return nullptr;
  }
  [[nodiscard]] std::string Field(const char* name) const { return prefix_ + "." + name; }

 private:
  const json* Find(const char* name, bool required, const char* missing) {
    auto it = object_.find(name);
    if (it == object_.end() || it->is_null()) {
      if (required) errors_.Add(Field(name), missing);
      return nullptr;
    }
    return &*it;
  }
  const json& object_;
  std::string prefix_;
  FieldErrors& errors_;
};

const json* ObjectOrError(const json* value, const std::string& field, FieldErrors& errors) {
  if (value == nullptr || value->is_null()) {
    errors.Add(field, "Vul dit onderdeel in.");
    return nullptr;
  }
  if (!value->is_object()) {
    errors.Add(field, "Dit is een object.");
    return nullptr;
  }
  return value;
}

void ReadSchemeFields(Reader& r, const json& object, const std::string& prefix, domain::Rubric& out,
                      FieldErrors& errors, bool full) {
  if (const json* levels = r.Nested("levels", false, true)) {
    for (std::size_t i = 0; i < levels->size(); ++i) {
      const std::string field = Indexed(prefix + ".levels", i);
      const json* level = ObjectOrError(&(*levels)[i], field, errors);
      if (level == nullptr) continue;
      Reader lr(*level, field, errors);
      domain::RubricLevel l;
      lr.Text("code", l.code, true);
      if (full) lr.Text("name", l.name, true);
      lr.Number("points", l.points, true);
      out.levels.push_back(l);
    }
  }
  if (const json* criteria = r.Nested("criteria", false, true)) {
    for (std::size_t i = 0; i < criteria->size(); ++i) {
      const std::string field = Indexed(prefix + ".criteria", i);
      const json* criterion = ObjectOrError(&(*criteria)[i], field, errors);
      if (criterion == nullptr) continue;
      Reader cr(*criterion, field, errors);
      domain::RubricCriterion c;
      cr.Text("code", c.code, true);
      cr.Number("weight", c.weight, true);
      cr.Flag("knock_out", c.knock_out);
      if (full) {
        cr.Text("title", c.title, true);
        cr.Whole("goal", c.goal, false);
        if (const json* descriptions = cr.Nested("descriptions", true, true)) {
          for (const auto& [level, text] : descriptions->items()) {
            if (text.is_string()) {
              c.descriptions[level] = text.get<std::string>();
            } else {
              errors.Add(field + ".descriptions." + level, "Een beschrijving is tekst.");
            }
          }
        }
      }
      out.criteria.push_back(c);
    }
  }
  r.Number("knock_out_cap", out.knock_out_cap, true);
  if (const json* attendance = r.Nested("attendance", true, true)) {
    Reader ar(*attendance, prefix + ".attendance", errors);
    ar.Whole("mandatory", out.attendance.mandatory, true);
    ar.Number("penalty_per_missed", out.attendance.penalty_per_missed, true);
    ar.Number("fail_below_ratio", out.attendance.fail_below_ratio, true);
  }
  std::string rounding;
  r.Text("rounding", rounding, true);
  if (rounding == "half") {
    out.rounding = domain::ScoreRounding::kHalf;
  } else if (rounding == "integer") {
    out.rounding = domain::ScoreRounding::kInteger;
  } else if (object.contains("rounding") && object["rounding"].is_string()) {
    errors.Add(r.Field("rounding"), "Kies \"integer\" (geheel getal) of \"half\" (halve punten).");
  }
}

}  // namespace

domain::Rubric RubricFromJson(const json* value, const std::string& prefix, FieldErrors& errors) {
  domain::Rubric out;
  const json* object = ObjectOrError(value, prefix, errors);
  if (object == nullptr) return out;
  Reader r(*object, prefix, errors);
  ReadSchemeFields(r, *object, prefix, out, errors, true);
  return out;
}

domain::ScoringScheme SchemeFromJson(const json* value, const std::string& prefix, FieldErrors& errors) {
  domain::Rubric rubric;
  const json* object = ObjectOrError(value, prefix, errors);
  if (object == nullptr) return {};
  Reader r(*object, prefix, errors);
  ReadSchemeFields(r, *object, prefix, rubric, errors, false);
  return domain::SchemeOf(rubric);
}

json RubricJson(const domain::Rubric& rubric) {
  json levels = json::array();
  for (const domain::RubricLevel& l : rubric.levels)
    levels.push_back({{"code", l.code}, {"name", l.name}, {"points", l.points}});
  json criteria = json::array();
  for (const domain::RubricCriterion& c : rubric.criteria) {
    criteria.push_back({{"code", c.code},
                        {"title", c.title},
                        {"goal", c.goal},
                        {"weight", c.weight},
                        {"knock_out", c.knock_out},
                        {"descriptions", c.descriptions}});
  }
  return {{"levels", levels},
          {"criteria", criteria},
          {"knock_out_cap", rubric.knock_out_cap},
          {"attendance",
           {{"mandatory", rubric.attendance.mandatory},
            {"penalty_per_missed", rubric.attendance.penalty_per_missed},
            {"fail_below_ratio", rubric.attendance.fail_below_ratio}}},
          {"rounding", rubric.rounding == domain::ScoreRounding::kHalf ? "half" : "integer"}};
}

std::map<std::string, std::string> LevelsFromJson(const json* value, const std::string& field, FieldErrors& errors) {
  std::map<std::string, std::string> out;
  const json* object = ObjectOrError(value, field, errors);
  if (object == nullptr) return out;
  for (const auto& [code, level] : object->items()) {
    if (level.is_string()) {
      out[code] = level.get<std::string>();
    } else {
      errors.Add(field + "." + code, "Een niveau is een code, bv. \"G\".");
    }
  }
  return out;
}

json ScoreResultJson(const domain::ScoreResult& result) {
  json steps = json::array();
  for (const domain::ScoreStep& s : result.steps) steps.push_back({{"label", s.label}, {"value", s.value}});
  return {{"score", result.score}, {"raw", result.raw}, {"steps", steps}};
}

}  // namespace leerplek::http
