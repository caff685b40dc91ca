// What the thin handlers share: JSON responses, the user objects of the contract, path parameters.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "leerplek/app/logbook_export.hpp"
#include "leerplek/app/ports.hpp"
#include "leerplek/http/api.hpp"
#include "leerplek/http/errors.hpp"

namespace leerplek::http {

using nlohmann::json;

json RolesJson(const domain::RoleSet& roles);
// The user object of the contract: id, email, name, roles.
json UserJson(const domain::User& user);
// The user object plus active and has_password, for administration.
json AccountJson(const domain::User& user);
std::string IsoTime(app::Timestamp t);

Response Json(int status, const json& body);
Response NoContent();

template <typename T>
Response Respond(const Result<T>& result, int status, const std::function<json(const T&)>& to_json) {
  if (!result) return ErrorResponse(result.error());
  return Json(status, to_json(result.value()));
}

// Closure periods as [{"from","to","name"}] (programme closures, organisations' own days).
json ClosuresToJson(const std::vector<domain::ClosurePeriod>& closures);
// Reads such a list; wrong types and bad dates are added to `errors` as "closures[i].from" etc.
std::vector<domain::ClosurePeriod> ClosuresFromJson(const json& list, FieldErrors& errors);

// A date as "YYYY-MM-DD", or null.
json OptDateJson(const std::optional<domain::Date>& date);

// A file to download (exports): its type, "attachment" with its name, never cached by a shared cache.
Response FileResponse(const Result<app::ExportFile>& file);

// The organisation of the path's {id}; kNotFound when it is no positive integer.
Result<domain::OrganisationId> OrganisationParam(const RouteContext& rc);

// A positive integer path parameter; kNotFound with `not_found_message` otherwise.
Result<std::int64_t> IdParam(const RouteContext& rc, const std::string& name, const std::string& not_found_message);

// The path's {id} as a typed id, e.g. RecordParam<domain::VisitId>(rc, "Dit werkplekbezoek bestaat niet.").
template <typename IdT>
Result<IdT> RecordParam(const RouteContext& rc, const std::string& not_found_message) {
  Result<std::int64_t> id = IdParam(rc, "id", not_found_message);
  if (!id) return id.error();
  return IdT{*id};
}

// The placement of the path's {id} (logbook, absences, guidance, evaluation).
inline Result<domain::PlacementId> PlacementOfPath(const RouteContext& rc) {
  return RecordParam<domain::PlacementId>(rc, "Deze werkplek bestaat niet.");
}

}  // namespace leerplek::http
