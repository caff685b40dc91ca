// Every route × every role (and anonymous): no unexpected 2xx, and every route is in this table.
#include <gtest/gtest.h>

#include <set>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kRoles = {"student", "mentor", "supervisor", "coordinator",
                                         "programme_lead", "ombuds", "admin"};
const std::set<std::string> kEveryone = {"anonymous", "student", "mentor", "supervisor", "coordinator",
                                         "programme_lead", "ombuds", "admin"};
const std::set<std::string> kAnyUser = {"student", "mentor", "supervisor", "coordinator",
                                        "programme_lead", "ombuds", "admin"};

struct Expectation {
  std::string method;
  std::string path;  // with {id} standing for another user's id
  std::string body;
  std::set<std::string> allowed;  // who may get a 2xx
};

// Written out by hand, not derived from the route table: this is what the product brief allows.
const std::vector<Expectation>& Expectations() {
  static const std::vector<Expectation> table = {
      {"POST", "/api/v1/session", R"({"email":"ander@school.be","password":"correct horse battery"})", kEveryone},
      {"DELETE", "/api/v1/session", "", kAnyUser},
      {"GET", "/api/v1/me", "", kAnyUser},
      {"POST", "/api/v1/password-reset-requests", R"({"email":"x@y.be"})", kEveryone},
      {"GET", "/api/v1/password-resets/{token}", "", kEveryone},
      {"POST", "/api/v1/password-resets", R"({"token":"x","password":"lang genoeg wachtwoord"})", kEveryone},
      {"GET", "/api/v1/users", "", {"admin"}},
      {"POST", "/api/v1/users", R"({"email":"nieuw@y.be","name":"Nieuw","roles":["student"]})", {"admin"}},
      {"GET", "/api/v1/users/{id}", "", {"admin"}},
      {"PATCH", "/api/v1/users/{id}", R"({"name":"Andere Naam"})", {"admin"}},
      {"POST", "/api/v1/users/{id}/invitations", "", {"admin"}},
      {"GET", "/api/v1/audit-events", "", {"coordinator", "admin"}},
  };
  return table;
}

class RouteMatrix : public ::testing::TestWithParam<Engine> {};

TEST_P(RouteMatrix, EveryRouteIsInTheMatrix) {
  std::set<std::string> expected;
  for (const auto& e : Expectations()) expected.insert(e.method + " " + e.path);
  for (const http::Route& route : http::ApiRoutes()) {
    EXPECT_TRUE(expected.count(route.method + " " + route.pattern))
        << route.method << " " << route.pattern << " is missing from the route × role matrix";
  }
}

TEST_P(RouteMatrix, NoRoleGetsAnUnexpectedSuccess) {
  ApiHarness api(GetParam(), "leerplek_matrix");
  std::map<std::string, TestSession> sessions;
  for (const std::string& role : kRoles) sessions[role] = api.AddUserAndLogIn(role + "@school.be", {role});
  const std::int64_t other = api.AddUser("ander@school.be", {"student"});

  for (const Expectation& e : Expectations()) {
    for (const std::string& who : kEveryone) {
      std::string path = e.path;
      if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, std::to_string(other));
      if (auto p = path.find("{token}"); p != std::string::npos) path.replace(p, 7, "onbekende-link");
      std::optional<TestSession> session;
      if (who != "anonymous") session = sessions.at(who);
      // Log-out would end the session the rest of the matrix needs: use a fresh one.
      if (e.method == "DELETE" && e.path == "/api/v1/session" && session) session = api.LogIn(who + "@school.be");
      http::Response r = api.Call(e.method, path, e.body, session);
      const bool success = r.status >= 200 && r.status < 300;
      const bool denied = r.status == 401 || r.status == 403;
      if (e.allowed.count(who)) {
        EXPECT_FALSE(denied) << who << " should be allowed " << e.method << " " << path << ": " << r.status << " "
                             << r.body;
      } else {
        EXPECT_FALSE(success) << who << " got " << r.status << " on " << e.method << " " << path;
        EXPECT_TRUE(denied) << who << " on " << e.method << " " << path << ": " << r.status;
        EXPECT_EQ(r.status, who == "anonymous" ? 401 : 403) << who << " " << e.method << " " << path;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BothEngines, RouteMatrix, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
