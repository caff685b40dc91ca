// Routes for placements and their planning: so far the Expeditie HR rotation preview (R14).
#include "leerplek/app/rotation_plans.hpp"
#include "leerplek/http/handler_support.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

// Reads the contract's request, naming every field with a wrong type by its path.
Result<domain::RotationRequest> RotationRequestFromJson(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn.");
  FieldErrors errors;
  domain::RotationRequest request;
  if (!j.contains("days") || !j["days"].is_array()) {
    errors.Add("days", "Geef de werkplekdagen als lijst van datums (JJJJ-MM-DD).");
  } else {
    for (std::size_t i = 0; i < j["days"].size() && i <= domain::kMaxRotationDays; ++i) {
      const json& d = j["days"][i];
      std::optional<domain::Date> date;
      if (d.is_string()) date = domain::ParseIsoDate(d.get<std::string>());
      if (date) {
        request.days.push_back(*date);
      } else {
        errors.Add("days[" + std::to_string(i) + "]", "Geen geldige datum (JJJJ-MM-DD).");
      }
    }
  }
  if (!j.contains("block_days") || !j["block_days"].is_number_integer()) {
    errors.Add("block_days", "Geef het aantal dagen per blok als geheel getal.");
  } else {
    request.block_days = static_cast<int>(std::clamp<std::int64_t>(j["block_days"].get<std::int64_t>(), -1, 100000));
  }
  if (!j.contains("settings") || !j["settings"].is_array()) {
    errors.Add("settings", "Geef de werkplekken als lijst met id en capacity.");
  } else {
    for (std::size_t i = 0; i < j["settings"].size() && i <= domain::kMaxRotationSettings; ++i) {
      const json& s = j["settings"][i];
      const std::string at = "settings[" + std::to_string(i) + "].";
      domain::RotationSetting setting;
      if (s.is_object() && s.contains("id") && s["id"].is_string()) {
        setting.id = s["id"].get<std::string>();
      } else {
        errors.Add(at + "id", "Moet tekst zijn.");
      }
      if (s.is_object() && s.contains("capacity") && s["capacity"].is_number_integer()) {
        setting.capacity = static_cast<int>(std::clamp<std::int64_t>(s["capacity"].get<std::int64_t>(), -1, 100000));
      } else {
        errors.Add(at + "capacity", "Moet een geheel getal zijn.");
      }
      request.settings.push_back(std::move(setting));
    }
  }
  if (!j.contains("students") || !j["students"].is_array()) {
    errors.Add("students", "Geef de studenten als lijst van id's.");
  } else {
    for (std::size_t i = 0; i < j["students"].size() && i <= domain::kMaxRotationStudents; ++i) {
      const json& s = j["students"][i];
      if (s.is_string()) {
        request.students.push_back(s.get<std::string>());
      } else {
        errors.Add("students[" + std::to_string(i) + "]", "Moet tekst zijn.");
      }
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return request;
}

Response PreviewRotationHandler(const app::AppContext&, RouteContext& rc) {
  Result<domain::RotationRequest> request = RotationRequestFromJson(rc.request.body);
  if (!request) return ErrorResponse(request.error());
  return Respond<domain::RotationPlan>(app::PreviewRotationPlan(*rc.actor, *request), 200, [](const domain::RotationPlan& p) {
    json assignments = json::array();
    for (const auto& a : p.assignments) {
      assignments.push_back({{"student", a.student}, {"date", domain::IsoDate(a.date)}, {"setting", a.setting}});
    }
    return json{{"assignments", assignments}, {"min_distinct_settings", p.min_distinct_settings}};
  });
}

}  // namespace

std::vector<Route> PlacementRoutes() {
  return {
      {"POST", "/api/v1/rotation-plans/preview", &policy::kPlanRotations, PreviewRotationHandler},
  };
}

}  // namespace leerplek::http
