// The evaluation file for an appeal (R23): everything that shows how one student's grade for one module
// came about — rubric, every version of the mentor's rating, feedback, self-assessment and reflection,
// meeting, visits, attendance and the calculation — as one Report, for the ReportRenderer to print.
// Pure: the caller gathers an AppealFile; times are shown in Europe/Brussels through Clock::Local.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/ports.hpp"
#include "leerplek/app/report.hpp"
#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/progress.hpp"
#include "leerplek/domain/rubric.hpp"
#include "leerplek/domain/score.hpp"

namespace leerplek::app {

// One criterion in one version of the mentor's rating. Codes are the rubric's; the file shows their names.
struct AppealRating {
  std::string criterion = {};  // criterion code
  std::string level = {};      // level code
  std::string comment = {};
  std::string previous_level = {};  // level code before this version changed it; empty when it did not change
  std::string change_reason = {};   // why it changed (R19)
};

// One version of the mentor's final rating (R18, R19), in the order they were made.
struct AppealRatingVersion {
  enum class Action {
    kSubmitted,         // "ingediend" by the mentor
    kReopened,          // "heropend", with a reason
    kChangedInMeeting,  // "aangepast tijdens het driehoeksgesprek"
  };
  int version = 0;
  Action action = Action::kSubmitted;
  std::string by = {};
  Timestamp at = {};
  std::string reason = {};                 // kReopened: why
  std::vector<AppealRating> ratings = {};  // may be empty for a reopening
};

// An interim feedback moment (R18).
struct AppealFeedback {
  domain::Date date = {};
  std::string by = {};
  std::string comment = {};
  std::map<std::string, std::string> levels = {};  // criterion code → level code, the criteria it rated
};

// The student's self-assessment of one criterion (R21).
struct AppealSelfRating {
  std::string criterion = {};  // criterion code
  std::string level = {};      // level code
  std::string justification = {};
};

// The student's reflection along STARR (R21).
struct AppealReflection {
  std::string situation = {};
  std::string task = {};
  std::string action = {};
  std::string result = {};
  std::string reflection = {};
};

struct AppealGrowthPoint {
  std::string text = {};
  std::optional<domain::Date> due = {};
};

// The tripartite meeting (R19).
struct AppealMeeting {
  domain::Date date = {};
  std::optional<int> start_minutes = {};  // local time of day
  std::string place = {};
  std::vector<std::string> participants = {};
  std::string notes = {};
};

// A workplace visit (R22).
struct AppealVisit {
  domain::Date date = {};
  std::optional<int> start_minutes = {};  // local time of day
  std::string with_whom = {};
  std::string report = {};
};

// A supervision or intervision moment and the student's attendance (R20's "other agreements").
struct AppealGuidanceMoment {
  enum class Kind { kSupervision, kIntervision };
  enum class Attendance { kPresent, kExcused, kAbsent, kNotRecorded };
  domain::Date date = {};
  Kind kind = Kind::kSupervision;
  std::string title = {};
  bool mandatory = false;
  Attendance attendance = Attendance::kNotRecorded;
  std::string reason = {};  // kExcused: why
};

struct AppealFile {
  // Gegevens
  std::string student_name = {};
  std::string student_number = {};
  std::string programme_name = {};
  std::string cohort_name = {};
  std::string module_name = {};
  std::string organisation_name = {};
  std::string mentor_name = {};
  std::string supervisor_name = {};  // empty: not assigned
  std::optional<domain::Date> first_day = {};
  std::optional<domain::Date> last_day = {};
  int required_days = 0;
  // Logboek (R5, R9): numbers only
  domain::Progress progress = {};
  int catch_up_days = 0;  // approved catch-up days worked
  // Rubric (R18): the version used to rate
  int rubric_version = 0;
  domain::Rubric rubric = {};
  // Evaluation
  std::vector<AppealRatingVersion> ratings = {};  // oldest first
  std::vector<AppealFeedback> feedback = {};
  std::vector<AppealSelfRating> self_assessment = {};
  std::optional<AppealReflection> reflection = {};
  std::vector<AppealGrowthPoint> growth_points = {};
  std::optional<AppealMeeting> meeting = {};
  std::vector<AppealVisit> visits = {};
  std::vector<AppealGuidanceMoment> guidance = {};
  // Berekening (R20)
  std::vector<domain::ScoreStep> steps = {};
  std::optional<double> calculated = {};
  std::optional<double> final_score = {};
  std::string override_reason = {};
  std::string finalised_by = {};
  std::optional<Timestamp> finalised_at = {};
  std::optional<Timestamp> released_at = {};
};

// R23, in Dutch, in sections: Gegevens; Logboek; Rubric (versie n); Beoordeling door de mentor, one section
// per version; Tussentijdse feedback; Zelfevaluatie en reflectie; Reflectie (STARR); Groeipunten;
// Driehoeksgesprek; Werkplekbezoeken; Begeleidingsmomenten; Berekening van de score; Eindscore. A part
// without data says so in a sentence rather than disappearing. Footer "Afgedrukt op dd/mm/jjjj".
Report AppealReport(const AppealFile& file, Timestamp printed_at, const Clock& clock);

}  // namespace leerplek::app
