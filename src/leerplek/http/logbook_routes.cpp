// Routes for the logbook and working days (R3–R10).
#include "leerplek/app/work_days.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

// Contract: {"date","start","end","break_minutes"} → {"worked_minutes","counted_minutes","day_equivalent","flags"}.
Response EvaluateHandler(const app::AppContext&, RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  domain::WorkDayInput day;
  const std::optional<domain::Date> date = b.Date("date", true);
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
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  day.date = *date;
  return Respond<domain::WorkDayEvaluation>(app::EvaluateWorkDay(*rc.actor, day), 200,
                                            [](const domain::WorkDayEvaluation& e) {
                                              json flags = json::array();
                                              for (domain::WorkDayFlag f : e.flags)
                                                flags.push_back(domain::WorkDayFlagCode(f));
                                              return json{{"worked_minutes", e.worked_minutes},
                                                          {"counted_minutes", e.counted_minutes},
                                                          {"day_equivalent", e.day_equivalent},
                                                          {"flags", flags}};
                                            });
}

}  // namespace

std::vector<Route> LogbookRoutes() {
  return {
      {"POST", "/api/v1/work-days/evaluate", &policy::kAnyUser, EvaluateHandler},
  };
}

}  // namespace leerplek::http
