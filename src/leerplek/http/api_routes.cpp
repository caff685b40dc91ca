// The whole route table: every route of the API, in one list the tests can walk.
#include "leerplek/http/api.hpp"

namespace leerplek::http {

std::vector<Route> AccountRoutes();
std::vector<Route> ProgrammeRoutes();
std::vector<Route> CohortRoutes();
std::vector<Route> WorkplaceRoutes();
std::vector<Route> PlacementRoutes();
std::vector<Route> PlanRoutes();
std::vector<Route> LogbookRoutes();
std::vector<Route> AbsenceRoutes();
std::vector<Route> EvaluationRoutes();
std::vector<Route> GuidanceRoutes();

std::vector<Route> ApiRoutes() {
  std::vector<Route> all = AccountRoutes();
  for (auto part : {ProgrammeRoutes(), CohortRoutes(), WorkplaceRoutes(), PlacementRoutes(), PlanRoutes(),
                    LogbookRoutes(), AbsenceRoutes(), EvaluationRoutes(), GuidanceRoutes()})
    all.insert(all.end(), part.begin(), part.end());
  return all;
}

}  // namespace leerplek::http
