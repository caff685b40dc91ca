// Bad input on every route: a 4xx with a Dutch message, never a 5xx, never a leak, nothing changed.
#include <gtest/gtest.h>

#include <random>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

class BadInput : public ::testing::TestWithParam<Engine> {};

std::vector<std::string> Bodies() {
  std::vector<std::string> bodies = {"",
                                     "{",
                                     "null",
                                     "[]",
                                     "\"tekst\"",
                                     "{\"email\":null}",
                                     "{\"roles\":\"admin\"}",
                                     "{\"roles\":[1,2]}",
                                     "{\"active\":\"ja\"}",
                                     "{\"name\":{\"a\":1}}",
                                     std::string(5000, '{'),
                                     "{\"email\":\"\\u0000@x.be\",\"password\":\"\\ud800\"}",
                                     "{\"token\":\"' OR 1=1 --\",\"password\":\"x'); DROP TABLE users; --\"}"};
  std::mt19937 rng(20261128);
  for (int i = 0; i < 30; ++i) {
    std::string junk(static_cast<std::size_t>(rng() % 200), '\0');
    for (char& c : junk) c = static_cast<char>(rng() % 256);
    bodies.push_back(junk);
  }
  return bodies;
}

TEST_P(BadInput, NoRouteAnswersBadBodiesWithAServerError) {
  ApiHarness api(GetParam(), "leerplek_badinput");
  TestSession admin = api.AddUserAndLogIn("beheer@school.be", {"admin"});
  const std::int64_t other = api.AddUser("ander@school.be", {"student"});
  const int audit_before = api.AuditCount();
  for (const http::Route& route : http::ApiRoutes()) {
    // Logging out and resending an invitation take no body, so no body is bad for them.
    if (route.method == "DELETE" || route.pattern.ends_with("/invitations")) continue;
    std::string path = route.pattern;
    if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, std::to_string(other));
    if (auto p = path.find("{token}"); p != std::string::npos) path.replace(p, 7, "%00%ff..%2F");
    for (const std::string& body : Bodies()) {
      http::Response r = api.Call(route.method, path, body, admin);
      EXPECT_LT(r.status, 500) << route.method << " " << path << " body=" << body.substr(0, 40) << " → " << r.body;
      if (r.status >= 400) {
        EXPECT_EQ(r.body.find("SQL"), std::string::npos) << r.body;
        EXPECT_EQ(r.body.find("sqlite"), std::string::npos) << r.body;
        EXPECT_EQ(r.body.find("/work"), std::string::npos) << r.body;
      }
    }
  }
  // Only the failed log-in attempts were recorded; no account or audit entry changed.
  EXPECT_EQ(api.AuditCount(), audit_before);
  EXPECT_EQ(api.Call("GET", "/api/v1/me", "", admin).status, 200);
}

TEST_P(BadInput, UnknownRoutesAndMethodsAreAnsweredInJson) {
  ApiHarness api(GetParam(), "leerplek_badinput");
  http::Response missing = api.Call("GET", "/api/v1/bestaat-niet");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(JsonOf(missing)["error"]["code"], "not_found");
  http::Response wrong_method = api.Call("PUT", "/api/v1/session");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.Header("Allow"), "POST, DELETE");
  EXPECT_EQ(api.Call("GET", "/health").status, 200);
  EXPECT_EQ(api.Call("GET", "/ready").status, 200);
}

TEST_P(BadInput, EveryResponseCarriesTheSecurityHeaders) {
  ApiHarness api(GetParam(), "leerplek_badinput");
  for (const char* target : {"/health", "/api/v1/me", "/api/v1/bestaat-niet"}) {
    http::Response r = api.Call("GET", target);
    EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(r.Header("Content-Security-Policy").find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r.Header("Referrer-Policy"), "same-origin");
  }
}

INSTANTIATE_TEST_SUITE_P(BothEngines, BadInput, ::testing::Values(Engine::kSqlite, Engine::kPostgres), EngineTestName);

}  // namespace
}  // namespace leerplek::testing
