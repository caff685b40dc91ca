#include "leerplek/app/appeal_file.hpp"

#include <algorithm>
#include <utility>

#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

// A number as short as it can be said: "14", "13,5", "1,25".
std::string Plain(double value) {
  std::string text = domain::DutchDecimal(value, 2);
  while (text.back() == '0' && text.find(',') != std::string::npos) text.pop_back();
  if (text.back() == ',') text.pop_back();
  return text;
}

std::string DateAndTime(domain::Date date, std::optional<int> minutes) {
  return domain::DutchDate(date) + (minutes ? " om " + domain::ClockTime(*minutes) : "");
}

std::string Moment(Timestamp at, const Clock& clock) {
  const LocalTime local = clock.Local(at);
  return DateAndTime(local.date, local.minutes);
}

// Names for the rubric's codes; an unknown code is shown as itself.
struct Names {
  explicit Names(const domain::Rubric& rubric) {
    for (const auto& c : rubric.criteria) criteria[c.code] = c.title;
    for (const auto& l : rubric.levels) levels[l.code] = l.name;
  }
  [[nodiscard]] std::string Criterion(const std::string& code) const { return domain::DisplayName(criteria, code); }
  [[nodiscard]] std::string Level(const std::string& code) const {
    return code.empty() ? "" : domain::DisplayName(levels, code);
  }
  std::map<std::string, std::string> criteria;
  std::map<std::string, std::string> levels;
};

ReportSection Empty(std::string heading, std::string sentence) {
  return ReportSection{.heading = std::move(heading), .paragraphs = {std::move(sentence)}};
}

ReportSection About(const AppealFile& f) {
  std::string period = "nog niet gepland";
  if (f.first_day && f.last_day) period = domain::DutchDate(*f.first_day) + " – " + domain::DutchDate(*f.last_day);
  return ReportSection{
      .heading = "Gegevens",
      .facts = {{"Student", f.student_name},
                {"Studentennummer", f.student_number},
                {"Opleiding", f.programme_name},
                {"Cohort", f.cohort_name},
                {"Module", f.module_name},
                {"Werkplek", f.organisation_name},
                {"Mentor", f.mentor_name},
                {"Werkplekbegeleider", f.supervisor_name.empty() ? "niet toegewezen" : f.supervisor_name},
                {"Periode", period},
                {"Vereiste dagen", std::to_string(f.required_days)}}};
}

ReportSection Logbook(const AppealFile& f) {
  const domain::Progress& p = f.progress;
  return ReportSection{
      .heading = "Logboek",
      .paragraphs = {"In dagequivalenten: 7,5 uur werk telt als één dag."},
      .facts = {{"Goedgekeurd", Plain(p.approved_days) + " van " + std::to_string(f.required_days) + " dagen"},
                {"Wacht op de mentor", Plain(p.pending_days)},
                {"Gemiste dagen", std::to_string(p.missed_days)},
                {"Inhaaldagen goedgekeurd", std::to_string(f.catch_up_days)},
                {"Nog in te halen", std::to_string(p.catch_up_open)}}};
}

std::string AttendanceRuleText(const domain::AttendanceRule& a) {
  if (a.mandatory == 0) return "geen verplichte momenten";
  return std::to_string(a.mandatory) + " verplichte momenten; " + Plain(a.penalty_per_missed) +
         " punten aftrek per gemist moment; onder " + Plain(a.fail_below_ratio * 100) +
         " % aanwezigheid hoogstens het plafond";
}

ReportSection RubricSection(const AppealFile& f) {
  const domain::Rubric& r = f.rubric;
  std::vector<std::string> levels;
  for (const auto& l : r.levels) levels.push_back(l.code + " " + l.name + " (" + Plain(l.points) + " p.)");
  ReportSection section{.heading = "Rubric (versie " + std::to_string(f.rubric_version) + ")",
                        .facts = {{"Niveaus", domain::DutchList(levels)},
                                  {"Plafond bij knock-out", Plain(r.knock_out_cap)},
                                  {"Begeleidingsmomenten", AttendanceRuleText(r.attendance)},
                                  {"Afronding", r.rounding == domain::ScoreRounding::kHalf ? "op een halve punt"
                                                                                           : "op een geheel getal"}}};
  ReportTable table{.headings = {"Criterium", "Gewicht", "Knock-out"}, .widths = {3, 1.9, 1.9}};
  for (const auto& l : r.levels) {
    table.headings.push_back(l.name);
    table.widths.push_back(3);
  }
  for (const auto& c : r.criteria) {
    std::vector<std::string> row = {c.title, Plain(c.weight), c.knock_out ? "ja" : "nee"};
    for (const auto& l : r.levels) {
      auto d = c.descriptions.find(l.code);
      row.push_back(d == c.descriptions.end() ? "" : d->second);
    }
    table.rows.push_back(std::move(row));
  }
  section.table = std::move(table);
  return section;
}

std::string ActionText(const AppealRatingVersion& v, const Clock& clock) {
  const std::string when = " op " + Moment(v.at, clock);
  switch (v.action) {
    case AppealRatingVersion::Action::kSubmitted: return "Ingediend door " + v.by + when + ".";
    case AppealRatingVersion::Action::kReopened: return "Heropend door " + v.by + when + ": " + v.reason;
    case AppealRatingVersion::Action::kChangedInMeeting:
      return "Aangepast tijdens het driehoeksgesprek door " + v.by + when + ".";
  }
  return "";  // unreachable: every action is handled above
}

std::vector<ReportSection> RatingSections(const AppealFile& f, const Names& names, const Clock& clock) {
  if (f.ratings.empty()) {
    return {Empty("Beoordeling door de mentor", "De mentor heeft (nog) geen eindbeoordeling ingediend.")};
  }
  std::vector<ReportSection> sections;
  for (const AppealRatingVersion& v : f.ratings) {
    ReportSection section{.heading = "Beoordeling door de mentor, versie " + std::to_string(v.version),
                          .paragraphs = {ActionText(v, clock)}};
    if (!v.ratings.empty()) {
      ReportTable table{.headings = {"Criterium", "Niveau", "Opmerking", "Wijziging"}, .widths = {3, 2, 4, 4}};
      for (const AppealRating& r : v.ratings) {
        std::string change;
        if (!r.previous_level.empty() && r.previous_level != r.level) {
          change = names.Level(r.previous_level) + " → " + names.Level(r.level);
          if (!r.change_reason.empty()) change += ": " + r.change_reason;
        }
        table.rows.push_back({names.Criterion(r.criterion), names.Level(r.level), r.comment, change});
      }
      section.table = std::move(table);
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

// "Communicatie: goed; Planning: voldoende" in the rubric's order, then any criterion it does not know.
std::string LevelsText(const std::map<std::string, std::string>& levels, const domain::Rubric& rubric,
                       const Names& names) {
  std::vector<std::string> parts;
  for (const auto& c : rubric.criteria) {
    if (auto l = levels.find(c.code); l != levels.end()) parts.push_back(c.title + ": " + names.Level(l->second));
  }
  for (const auto& [code, level] : levels) {
    if (!names.criteria.contains(code)) parts.push_back(code + ": " + names.Level(level));
  }
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

ReportSection Feedback(const AppealFile& f, const Names& names) {
  if (f.feedback.empty()) return Empty("Tussentijdse feedback", "Er is geen tussentijdse feedback geregistreerd.");
  ReportTable table{.headings = {"Datum", "Door", "Opmerking", "Niveaus"}, .widths = {2, 2.5, 5, 4}};
  for (const AppealFeedback& fb : f.feedback) {
    table.rows.push_back({domain::DutchDate(fb.date), fb.by, fb.comment, LevelsText(fb.levels, f.rubric, names)});
  }
  return ReportSection{.heading = "Tussentijdse feedback", .table = std::move(table)};
}

// R21 side by side: the student's level beside the mentor's latest.
ReportSection SelfAssessment(const AppealFile& f, const Names& names) {
  if (f.self_assessment.empty()) {
    return Empty("Zelfevaluatie en reflectie", "De student heeft (nog) geen zelfevaluatie ingediend.");
  }
  std::map<std::string, std::string> mentor;
  for (const AppealRatingVersion& v : f.ratings) {
    for (const AppealRating& r : v.ratings) mentor[r.criterion] = r.level;
  }
  ReportTable table{.headings = {"Criterium", "Eigen niveau", "Niveau mentor", "Verantwoording"},
                    .widths = {3, 2, 2, 6}};
  for (const AppealSelfRating& s : f.self_assessment) {
    auto m = mentor.find(s.criterion);
    table.rows.push_back({names.Criterion(s.criterion), names.Level(s.level),
                          m == mentor.end() ? "" : names.Level(m->second), s.justification});
  }
  return ReportSection{.heading = "Zelfevaluatie en reflectie", .table = std::move(table)};
}

ReportSection Reflection(const AppealFile& f) {
  if (!f.reflection) return Empty("Reflectie (STARR)", "De student heeft (nog) geen reflectie ingediend.");
  const AppealReflection& r = *f.reflection;
  return ReportSection{.heading = "Reflectie (STARR)",
                       .facts = {{"Situatie", r.situation},
                                 {"Taak", r.task},
                                 {"Actie", r.action},
                                 {"Resultaat", r.result},
                                 {"Reflectie", r.reflection}}};
}

ReportSection GrowthPoints(const AppealFile& f) {
  if (f.growth_points.empty()) return Empty("Groeipunten", "Er zijn geen groeipunten geformuleerd.");
  ReportTable table{.headings = {"Groeipunt", "Tegen"}, .widths = {5, 1.5}};
  for (const AppealGrowthPoint& g : f.growth_points) {
    table.rows.push_back({g.text, g.due ? domain::DutchDate(*g.due) : ""});
  }
  return ReportSection{.heading = "Groeipunten", .table = std::move(table)};
}

ReportSection Meeting(const AppealFile& f) {
  if (!f.meeting) return Empty("Driehoeksgesprek", "Er is (nog) geen driehoeksgesprek geregistreerd.");
  const AppealMeeting& m = *f.meeting;
  ReportSection section{.heading = "Driehoeksgesprek",
                        .facts = {{"Datum", DateAndTime(m.date, m.start_minutes)},
                                  {"Plaats", m.place},
                                  {"Deelnemers", domain::DutchList(m.participants)}}};
  if (!m.notes.empty()) section.paragraphs = {m.notes};
  return section;
}

ReportSection Visits(const AppealFile& f) {
  if (f.visits.empty()) return Empty("Werkplekbezoeken", "Er zijn geen werkplekbezoeken geregistreerd.");
  ReportTable table{.headings = {"Datum", "Uur", "Met", "Verslag"}, .widths = {2, 1.2, 2.5, 6}};
  for (const AppealVisit& v : f.visits) {
    table.rows.push_back(
        {domain::DutchDate(v.date), v.start_minutes ? domain::ClockTime(*v.start_minutes) : "", v.with_whom, v.report});
  }
  return ReportSection{.heading = "Werkplekbezoeken", .table = std::move(table)};
}

std::string AttendanceText(const AppealGuidanceMoment& g) {
  using Attendance = AppealGuidanceMoment::Attendance;
  switch (g.attendance) {
    case Attendance::kPresent: return "aanwezig";
    case Attendance::kExcused: return g.reason.empty() ? "gewettigd afwezig" : "gewettigd afwezig (" + g.reason + ")";
    case Attendance::kAbsent: return "afwezig";
    case Attendance::kNotRecorded: return "niet geregistreerd";
  }
  return "";  // unreachable: every attendance is handled above
}

ReportSection Guidance(const AppealFile& f) {
  if (f.guidance.empty()) return Empty("Begeleidingsmomenten", "Er zijn geen begeleidingsmomenten gepland.");
  using Attendance = AppealGuidanceMoment::Attendance;
  const auto mandatory_with = [&f](Attendance a) {
    return std::count_if(f.guidance.begin(), f.guidance.end(),
                         [a](const AppealGuidanceMoment& g) { return g.mandatory && g.attendance == a; });
  };
  const auto mandatory =
      std::count_if(f.guidance.begin(), f.guidance.end(), [](const AppealGuidanceMoment& g) { return g.mandatory; });
  ReportSection section{.heading = "Begeleidingsmomenten",
                        .paragraphs = {"Verplichte momenten: " + std::to_string(mandatory) + "; aanwezig " +
                                       std::to_string(mandatory_with(Attendance::kPresent)) + ", gewettigd afwezig " +
                                       std::to_string(mandatory_with(Attendance::kExcused)) + ", afwezig " +
                                       std::to_string(mandatory_with(Attendance::kAbsent)) + ", niet geregistreerd " +
                                       std::to_string(mandatory_with(Attendance::kNotRecorded)) + "."}};
  ReportTable table{.headings = {"Datum", "Soort", "Titel", "Verplicht", "Aanwezigheid"},
                    .widths = {2, 2, 4, 1.6, 3.5}};
  for (const AppealGuidanceMoment& g : f.guidance) {
    table.rows.push_back({domain::DutchDate(g.date),
                          g.kind == AppealGuidanceMoment::Kind::kSupervision ? "supervisie" : "intervisie", g.title,
                          g.mandatory ? "ja" : "nee", AttendanceText(g)});
  }
  section.table = std::move(table);
  return section;
}

ReportSection Calculation(const AppealFile& f) {
  if (f.steps.empty()) return Empty("Berekening van de score", "De score is (nog) niet berekend.");
  ReportTable table{.headings = {"Stap", "Score"}, .widths = {6, 1.5}};
  for (const domain::ScoreStep& s : f.steps) table.rows.push_back({s.label, domain::DutchDecimal(s.value, 2)});
  return ReportSection{.heading = "Berekening van de score", .table = std::move(table)};
}

ReportSection FinalScore(const AppealFile& f, const Clock& clock) {
  ReportSection section{.heading = "Eindscore"};
  section.facts.push_back({"Berekende score", f.calculated ? Plain(*f.calculated) + " op 20" : "nog niet berekend"});
  section.facts.push_back({"Eindscore", f.final_score ? Plain(*f.final_score) + " op 20" : "nog niet vastgelegd"});
  if (!f.override_reason.empty()) section.facts.push_back({"Reden van aanpassing", f.override_reason});
  if (f.finalised_at) {
    section.facts.push_back({"Vastgelegd", (f.finalised_by.empty() ? "" : "door " + f.finalised_by + " ") + "op " +
                                               Moment(*f.finalised_at, clock)});
  }
  section.facts.push_back({"Vrijgegeven", f.released_at ? "op " + Moment(*f.released_at, clock) : "nog niet"});
  return section;
}

}  // namespace

Report AppealReport(const AppealFile& file, Timestamp printed_at, const Clock& clock) {
  const Names names(file.rubric);
  Report report{.title = "Evaluatiedossier — " + file.student_name,
                .subtitle = file.module_name + " · " + file.programme_name + " · " + file.cohort_name,
                .footer = "Afgedrukt op " + domain::DutchDate(clock.Local(printed_at).date)};
  report.sections = {About(file), Logbook(file), RubricSection(file)};
  for (ReportSection& s : RatingSections(file, names, clock)) report.sections.push_back(std::move(s));
  for (ReportSection s : {Feedback(file, names), SelfAssessment(file, names), Reflection(file), GrowthPoints(file),
                          Meeting(file), Visits(file), Guidance(file), Calculation(file), FinalScore(file, clock)}) {
    report.sections.push_back(std::move(s));
  }
  return report;
}

}  // namespace leerplek::app
