// The administrator's user management and the audit trail, through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class UsersApi : public ::testing::TestWithParam<Engine> {
 protected:
  UsersApi() : api_(GetParam(), "leerplek_api") { admin_ = api_.AddUserAndLogIn("beheer@school.be", {"admin"}); }
  ApiHarness api_;
  TestSession admin_;
};

TEST_P(UsersApi, AdminCreatesAUserWithSeveralRolesAndItIsAudited) {
  http::Response r = api_.Call(
      "POST", "/api/v1/users",
      json{{"email", "els@school.be"}, {"name", "Els Maes"}, {"roles", {"programme_lead", "supervisor"}}}.dump(),
      admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  json user = JsonOf(r);
  EXPECT_EQ(user["roles"], json::array({"supervisor", "programme_lead"}));
  EXPECT_EQ(user["active"], true);

  http::Response audit = api_.Call("GET", "/api/v1/audit-events?limit=5", "", admin_);
  ASSERT_EQ(audit.status, 200);
  json items = JsonOf(audit)["items"];
  ASSERT_GE(items.size(), 2U);
  EXPECT_EQ(items[0]["action"], "invitation.sent");
  EXPECT_EQ(items[1]["action"], "user.created");
  EXPECT_EQ(items[1]["entity_id"], std::to_string(user["id"].get<int>()));
  EXPECT_EQ(items[1]["actor"]["id"], admin_.user_id);
  EXPECT_EQ(items[1]["before"], nullptr);
  EXPECT_EQ(items[1]["after"]["name"], "Els Maes");
  EXPECT_EQ(items[1]["at"], "2026-09-21T08:00:00Z");
}

TEST_P(UsersApi, InvalidUserInputNamesEveryFieldAndChangesNothing) {
  const int audit_before = api_.AuditCount();
  http::Response r = api_.Call("POST", "/api/v1/users",
                               json{{"email", "geen-adres"}, {"name", ""}, {"roles", {"koning"}}}.dump(), admin_);
  ASSERT_EQ(r.status, 422);
  json fields = JsonOf(r)["error"]["fields"];
  ASSERT_EQ(fields.size(), 3U);
  EXPECT_EQ(fields[0]["field"], "email");
  EXPECT_EQ(fields[1]["field"], "name");
  EXPECT_EQ(fields[2]["field"], "roles");
  EXPECT_EQ(fields[2]["message"], "Onbekende rol: koning.");
  EXPECT_EQ(api_.AuditCount(), audit_before);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/users", "", admin_))["items"].size(), 1U);
}

TEST_P(UsersApi, DuplicateEmailIsAConflictOnTheEmailField) {
  const std::string body = json{{"email", "els@school.be"}, {"name", "Els"}, {"roles", {"mentor"}}}.dump();
  ASSERT_EQ(api_.Call("POST", "/api/v1/users", body, admin_).status, 201);
  http::Response again = api_.Call("POST", "/api/v1/users", body, admin_);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(JsonOf(again)["error"]["fields"][0]["field"], "email");
}

TEST_P(UsersApi, AdminChangesRolesAndTheAuditKeepsBeforeAndAfter) {
  const std::int64_t id = api_.AddUser("koen@school.be", {"supervisor"});
  http::Response r = api_.Call("PATCH", "/api/v1/users/" + std::to_string(id),
                               R"({"roles":["supervisor","coordinator"],"name":"Koen De Smet"})", admin_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["roles"], json::array({"supervisor", "coordinator"}));
  json event = JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=1", "", admin_))["items"][0];
  EXPECT_EQ(event["action"], "user.updated");
  EXPECT_EQ(event["before"]["roles"], "supervisor");
  EXPECT_EQ(event["after"]["roles"], "supervisor,coordinator");
  EXPECT_EQ(event["after"]["name"], "Koen De Smet");
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/users/" + std::to_string(id), "", admin_))["name"], "Koen De Smet");
}

TEST_P(UsersApi, AdminCannotLockThemselvesOut) {
  const std::string self = "/api/v1/users/" + std::to_string(admin_.user_id);
  EXPECT_EQ(api_.Call("PATCH", self, R"({"active":false})", admin_).status, 422);
  EXPECT_EQ(api_.Call("PATCH", self, R"({"roles":["mentor"]})", admin_).status, 422);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", admin_).status, 200);
}

TEST_P(UsersApi, UnknownOrMalformedUserIdsAreNotFound) {
  EXPECT_EQ(api_.Call("PATCH", "/api/v1/users/999", R"({"name":"X"})", admin_).status, 404);
  EXPECT_EQ(api_.Call("PATCH", "/api/v1/users/abc", R"({"name":"X"})", admin_).status, 404);
  EXPECT_EQ(api_.Call("GET", "/api/v1/users/-1", "", admin_).status, 404);
  EXPECT_EQ(api_.Call("POST", "/api/v1/users/999/invitations", "", admin_).status, 404);
}

TEST_P(UsersApi, ResendingAnInvitationQueuesANewLink) {
  http::Response created =
      api_.Call("POST", "/api/v1/users",
                json{{"email", "m@werkplek.be"}, {"name", "Mentor"}, {"roles", {"mentor"}}}.dump(), admin_);
  const std::string first = api_.TokenFromLastMailTo("m@werkplek.be");
  const std::string id = std::to_string(JsonOf(created)["id"].get<int>());
  EXPECT_EQ(api_.Call("POST", "/api/v1/users/" + id + "/invitations", "", admin_).status, 202);
  const std::string second = api_.TokenFromLastMailTo("m@werkplek.be");
  EXPECT_NE(first, second);
  EXPECT_EQ(api_.Call("GET", "/api/v1/password-resets/" + first).status, 404);
  EXPECT_EQ(api_.Call("GET", "/api/v1/password-resets/" + second).status, 200);
}

TEST_P(UsersApi, AuditTrailPagesWithNextBefore) {
  for (int i = 0; i < 4; ++i) api_.AddUser("u" + std::to_string(i) + "@school.be", {"student"});
  json first = JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=2", "", admin_));
  ASSERT_EQ(first["items"].size(), 2U);
  ASSERT_TRUE(first["next_before"].is_number_integer());
  json second =
      JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=2&before=" + first["next_before"].dump(), "", admin_));
  EXPECT_LT(second["items"][0]["id"].get<int>(), first["items"][1]["id"].get<int>());
  EXPECT_EQ(api_.Call("GET", "/api/v1/audit-events?limit=nul", "", admin_).status, 422);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=0", "", admin_))["error"]["fields"][0]["field"],
            "limit");
}

INSTANTIATE_TEST_SUITE_P(BothEngines, UsersApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres), EngineTestName);

}  // namespace
}  // namespace leerplek::testing
