// JSON of the evaluation (issue 6): rubrics with their scoring scheme, and the scheme alone.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "leerplek/domain/result.hpp"
#include "leerplek/domain/rubric.hpp"

namespace leerplek::http {

// The scheme of the contract POST /scores/preview: {"levels":[{"code","points"}],
// "criteria":[{"code","weight","knock_out"}],"knock_out_cap","attendance":{"mandatory","penalty_per_missed",
// "fail_below_ratio"},"rounding":"integer"|"half"}. Wrong types are added to `errors` under `prefix`
// ("scheme.levels[0].points", …); what the domain checks (weights > 0, …) is left to it.
domain::ScoringScheme SchemeFromJson(const nlohmann::json* value, const std::string& prefix, FieldErrors& errors);

// A whole rubric: the scheme's fields plus level names, criterion titles, goals and descriptions.
domain::Rubric RubricFromJson(const nlohmann::json* value, const std::string& prefix, FieldErrors& errors);
nlohmann::json RubricJson(const domain::Rubric& rubric);

// {"<code>":"<level>"}: ratings as the contract gives them.
std::map<std::string, std::string> LevelsFromJson(const nlohmann::json* value, const std::string& field,
                                                  FieldErrors& errors);

nlohmann::json ScoreResultJson(const domain::ScoreResult& result);

}  // namespace leerplek::http
