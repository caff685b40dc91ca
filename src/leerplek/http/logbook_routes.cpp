// Routes for the logbook and working days (R3–R10).
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/logbook_export.hpp"
#include "leerplek/app/work_days.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"
#include "leerplek/http/logbook_json.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

// The times of a working day: "start" and "end" as HH:MM, "break_minutes" as a whole number.
void ReadTimes(JsonBody& b, domain::WorkDayInput& day) {
  const std::optional<std::string> start = b.String("start", true);
  const std::optional<std::string> end = b.String("end", true);
  const json* pause = b.Raw("break_minutes");
  if (pause == nullptr) {
    b.Add("break_minutes", "Vul de pauze in minuten in (0 als er geen was).");
  } else if (!pause->is_number_integer()) {
    b.Add("break_minutes", "De pauze is een geheel aantal minuten.");
  } else {
    day.break_minutes = static_cast<int>(std::clamp<std::int64_t>(pause->get<std::int64_t>(), -1, 24 * 60 + 1));
  }
  const auto clock = [&](const std::optional<std::string>& text, const char* field, int& out) {
    if (!text) return;
    if (auto minutes = domain::ParseClockTime(*text)) {
      out = *minutes;
    } else {
      b.Add(field, "Schrijf het uur als UU:MM, bv. 08:30.");
    }
  };
  clock(start, "start", day.start_minutes);
  clock(end, "end", day.end_minutes);
}

json EvaluationJson(const domain::WorkDayEvaluation& e) {
  json flags = json::array();
  for (domain::WorkDayFlag f : e.flags) flags.push_back(domain::WorkDayFlagCode(f));
  return json{{"worked_minutes", e.worked_minutes},
              {"counted_minutes", e.counted_minutes},
              {"day_equivalent", e.day_equivalent},
              {"flags", flags}};
}

// Contract: {"date","start","end","break_minutes"} → {"worked_minutes","counted_minutes","day_equivalent","flags"}.
Response EvaluateHandler(const app::AppContext&, RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  domain::WorkDayInput day;
  const std::optional<domain::Date> date = b.Date("date", true);
  ReadTimes(b, day);
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  day.date = *date;
  return Respond<domain::WorkDayEvaluation>(app::EvaluateWorkDay(*rc.actor, day), 200, EvaluationJson);
}

json OptTimeJson(const std::optional<app::Timestamp>& t) {
  if (!t) return nullptr;
  return IsoTime(*t);
}

json EntryJson(const app::EntryView& v) {
  const domain::LogbookEntry& e = v.entry;
  json out = EvaluationJson(v.evaluation);
  out.update({{"id", e.id.value},
              {"placement_id", e.placement.value},
              {"date", domain::IsoDate(e.date)},
              {"start", domain::ClockTime(e.start_minutes)},
              {"end", domain::ClockTime(e.end_minutes)},
              {"break_minutes", e.break_minutes},
              {"activities", e.activities},
              {"goals", e.goals},
              {"state", domain::EntryStateCode(e.state)},
              {"state_name", domain::EntryStateDutchName(e.state)},
              {"review_comment", e.review_comment},
              {"catch_up", e.catch_up},
              {"version", e.version},
              {"updated_at", IsoTime(e.updated_at)},
              {"submitted_at", OptTimeJson(e.submitted_at)},
              {"reviewed_at", OptTimeJson(e.reviewed_at)}});
  return out;
}

json ProgressJson(const domain::Progress& p, int required_days) {
  return {{"required_days", required_days}, {"planned_days", p.planned_days}, {"approved_days", p.approved_days},
          {"pending_days", p.pending_days}, {"missed_days", p.missed_days},   {"catch_up_open", p.catch_up_open},
          {"share_done", p.share_done}};
}

std::string_view DayKindCode(domain::LoggableDayKind k) {
  return k == domain::LoggableDayKind::kPlanned ? "planned" : "catch_up";
}

json LogbookJson(const app::LogbookView& v) {
  json days = json::array();
  for (const app::LogbookDay& d : v.days) {
    days.push_back({{"date", domain::IsoDate(d.date)},
                    {"kind", DayKindCode(d.kind)},
                    {"absent", d.absent},
                    {"entry", d.entry ? EntryJson(*d.entry) : json(nullptr)}});
  }
  // R8 and R9 beside the days; the placement is the logbook's own.
  json sickness = json::array();
  for (const app::SicknessView& s : v.sickness_reports) {
    json item = SicknessReportJson(s);
    item.erase("placement");
    sickness.push_back(item);
  }
  json catch_up = json::array();
  for (const app::CatchUpView& c : v.catch_up_requests) {
    json item = CatchUpRequestJson(c);
    item.erase("placement");
    catch_up.push_back(item);
  }
  return {{"placement", PlacementSummaryJson(v.placement)},
          {"goals", v.days_facts.goals},
          {"progress", ProgressJson(v.progress, v.days_facts.required_days)},
          {"days", days},
          {"may_write", v.may_write},
          {"may_review", v.may_review},
          {"sickness_reports", sickness},
          {"catch_up_requests", catch_up}};
}

Response LogbookHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::LogbookView>(app::GetLogbook(ctx, *rc.actor, *id), 200, LogbookJson);
}

// Goal numbers as a list of whole numbers; anything else is named.
std::vector<int> ReadGoals(JsonBody& b) {
  std::vector<int> goals;
  const json* raw = b.Raw("goals");
  if (raw == nullptr || raw->is_null()) return goals;
  if (!raw->is_array() || raw->size() > 50) {
    b.Add("goals", "Geef de doelstellingen als lijst van nummers.");
    return goals;
  }
  for (const json& g : *raw) {
    if (!g.is_number_integer()) {
      b.Add("goals", "Geef de doelstellingen als lijst van nummers.");
      return {};
    }
    goals.push_back(static_cast<int>(std::clamp<std::int64_t>(g.get<std::int64_t>(), -1, 1000)));
  }
  return goals;
}

Response SaveEntryHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  const std::optional<domain::Date> date = domain::ParseIsoDate(rc.params["date"]);
  if (!date) return ErrorResponse(InvalidField("date", "Geef de dag als JJJJ-MM-DD."));
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  domain::WorkDayInput times;
  ReadTimes(b, times);
  app::SaveEntryCommand command;
  command.placement = *id;
  command.date = *date;
  command.start_minutes = times.start_minutes;
  command.end_minutes = times.end_minutes;
  command.break_minutes = times.break_minutes;
  command.activities = b.String("activities", false).value_or("");
  command.goals = ReadGoals(b);
  command.submit = b.Bool("submit", false).value_or(false);
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::EntryView>(app::SaveLogbookEntry(ctx, *rc.actor, command), 200, EntryJson);
}

Response HistoryHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze logboekdag bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::LogbookEntryVersion>>(
      app::EntryHistory(ctx, *rc.actor, domain::LogbookEntryId{*id}), 200,
      [](const std::vector<app::LogbookEntryVersion>& versions) {
        json items = json::array();
        for (const auto& v : versions) {
          json entry = EntryJson({v.entry, {}});
          for (const char* derived : {"worked_minutes", "counted_minutes", "day_equivalent", "flags", "updated_at",
                                      "submitted_at", "reviewed_at"}) {
            entry.erase(derived);
          }
          items.push_back({{"version", v.entry.version},
                           {"action", v.action},
                           {"actor", v.actor_name},
                           {"at", IsoTime(v.at)},
                           {"entry", entry}});
        }
        return json{{"items", items}};
      });
}

Response QueueHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<app::QueueItem>>(app::ReviewQueue(ctx, *rc.actor), 200,
                                              [](const std::vector<app::QueueItem>& queue) {
                                                json items = json::array();
                                                for (const auto& q : queue) {
                                                  json item = EntryJson(q.entry);
                                                  item["placement"] = PlacementSummaryJson(q.placement);
                                                  items.push_back(item);
                                                }
                                                return json{{"items", items}};
                                              });
}

Response ReviewHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::ReviewCommand command;
  const json* ids = b.Raw("entry_ids");
  if (ids == nullptr || !ids->is_array()) {
    b.Add("entry_ids", "Kies de logboekdagen die je nakijkt.");
  } else {
    for (const json& id : *ids) {
      if (!id.is_number_integer() || id.get<std::int64_t>() <= 0) {
        b.Add("entry_ids", "Kies de logboekdagen die je nakijkt.");
        break;
      }
      command.entries.push_back(domain::LogbookEntryId{id.get<std::int64_t>()});
    }
  }
  const std::string decision = b.String("decision", true).value_or("");
  command.comment = b.String("comment", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  if (decision != "approve" && decision != "return")
    return ErrorResponse(InvalidField("decision", "Kies goedkeuren (approve) of terugsturen (return)."));
  command.approve = decision == "approve";
  return Respond<std::vector<app::EntryView>>(app::ReviewLogbookEntries(ctx, *rc.actor, command), 200,
                                              [](const std::vector<app::EntryView>& entries) {
                                                json items = json::array();
                                                for (const auto& e : entries) items.push_back(EntryJson(e));
                                                return json{{"items", items}};
                                              });
}

Response CohortProgressHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze cohorte bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::ProgressRow>>(
      app::CohortProgress(ctx, *rc.actor, domain::CohortId{*id}), 200, [](const std::vector<app::ProgressRow>& rows) {
        json items = json::array();
        for (const auto& r : rows) {
          items.push_back({{"placement", PlacementSummaryJson(r.placement)},
                           {"progress", ProgressJson(r.progress, r.required_days)},
                           {"past_planned_days", r.past_planned_days},
                           {"behind", r.behind}});
        }
        return json{{"items", items}};
      });
}

Response TodayHandler(const app::AppContext& ctx, RouteContext& rc) {
  const domain::Date today = ctx.clock.Today();
  return Respond<std::vector<app::TodayItem>>(
      app::MyToday(ctx, *rc.actor), 200, [&](const std::vector<app::TodayItem>& list) {
        json items = json::array();
        const auto dates = [](const std::vector<domain::Date>& days) {
          json out = json::array();
          for (const auto& d : days) out.push_back(domain::IsoDate(d));
          return out;
        };
        for (const auto& t : list) {
          items.push_back({{"placement", PlacementSummaryJson(t.placement)},
                           {"progress", ProgressJson(t.progress, t.required_days)},
                           {"today", t.today ? json(DayKindCode(*t.today)) : json(nullptr)},
                           {"today_entry", t.today_entry ? EntryJson(*t.today_entry) : json(nullptr)},
                           {"next_day", OptDateJson(t.next_day)},
                           {"days_to_write", dates(t.days_to_write)},
                           {"returned_days", dates(t.returned_days)}});
        }
        return json{{"date", domain::IsoDate(today)}, {"items", items}};
      });
}

Response ExportHandler(const app::AppContext& ctx, RouteContext& rc, bool pdf) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return FileResponse(pdf ? app::ExportLogbookPdf(ctx, *rc.actor, *id) : app::ExportLogbookCsv(ctx, *rc.actor, *id));
}

}  // namespace

json PlacementSummaryJson(const app::PlacementView& v) {
  const domain::Placement& p = v.placement;
  return {{"id", p.id.value},
          {"cohort", {{"id", p.cohort.value}, {"name", v.cohort_name}}},
          {"student", {{"id", p.student.value}, {"name", v.student_name}}},
          {"module", {{"code", p.module_code}, {"name", v.module_name}}},
          {"organisation", {{"name", v.organisation_name}}},
          {"mentor", {{"name", v.mentor_name}}},
          {"supervisor", {{"name", v.supervisor_name}}},
          {"status", domain::PlacementStatusCode(v.shown_status)},
          {"status_name", domain::PlacementStatusDutchName(v.shown_status)}};
}

std::vector<Route> LogbookRoutes() {
  return {
      {"POST", "/api/v1/work-days/evaluate", &policy::kAnyUser, EvaluateHandler},
      {"GET", "/api/v1/placements/{id}/logbook", &policy::kReadPlacements, LogbookHandler},
      {"PUT", "/api/v1/placements/{id}/logbook/{date}", &policy::kStudentOnly, SaveEntryHandler},
      {"GET", "/api/v1/logbook-entries/{id}/history", &policy::kReadPlacements, HistoryHandler},
      {"GET", "/api/v1/logbook/review-queue", &policy::kReviewLogbook, QueueHandler},
      {"POST", "/api/v1/logbook/reviews", &policy::kReviewLogbook, ReviewHandler},
      {"GET", "/api/v1/cohorts/{id}/progress", &policy::kProgrammeStaff, CohortProgressHandler},
      {"GET", "/api/v1/me/today", &policy::kStudentOnly, TodayHandler},
      {"GET", "/api/v1/placements/{id}/logbook.csv", &policy::kReadPlacements,
       [](const app::AppContext& ctx, RouteContext& rc) { return ExportHandler(ctx, rc, false); }},
      {"GET", "/api/v1/placements/{id}/logbook.pdf", &policy::kReadPlacements,
       [](const app::AppContext& ctx, RouteContext& rc) { return ExportHandler(ctx, rc, true); }},
  };
}

}  // namespace leerplek::http
