// Logging in and out, sessions, CSRF, throttling and one-time links, through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class AccountsApi : public ::testing::TestWithParam<Engine> {
 protected:
  AccountsApi() : api_(GetParam(), "leerplek_api") {}
  static std::string Login(const std::string& email, const std::string& password) {
    return json{{"email", email}, {"password", password}}.dump();
  }
  ApiHarness api_;
};

TEST_P(AccountsApi, LogInReturnsTheUserTheCsrfTokenAndASafeCookie) {
  api_.AddUser("lotte@student.be", {"student", "mentor"});
  http::Response r = api_.Call("POST", "/api/v1/session", Login(" Lotte@Student.be ", "correct horse battery"));
  ASSERT_EQ(r.status, 200) << r.body;
  json body = JsonOf(r);
  EXPECT_EQ(body["user"]["email"], "lotte@student.be");
  EXPECT_EQ(body["user"]["name"], "Test lotte@student.be");
  EXPECT_EQ(body["user"]["roles"], json::array({"student", "mentor"}));
  EXPECT_TRUE(body["user"]["id"].is_number_integer());
  EXPECT_GE(body["csrf_token"].get<std::string>().size(), 32U);
  const std::string cookie = r.Header("Set-Cookie");
  EXPECT_EQ(cookie.rfind("leerplek_session=", 0), 0U);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "plain HTTP without a proxy: no Secure flag";
}

TEST_P(AccountsApi, CookieIsSecureBehindTls) {
  api_.AddUser("lotte@student.be", {"student"});
  http::Request request;
  request.method = "POST";
  request.target = "/api/v1/session";
  request.body = Login("lotte@student.be", "correct horse battery");
  request.secure = true;
  http::Response r = api_.Api().Handle(request);
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.Header("Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_P(AccountsApi, MeNeedsASessionAndGivesTheUserWithTheCsrfHeader) {
  http::Response anonymous = api_.Call("GET", "/api/v1/me");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(JsonOf(anonymous)["error"]["code"], "unauthenticated");
  TestSession s = api_.AddUserAndLogIn("pieter@school.be", {"supervisor"});
  http::Response me = api_.Call("GET", "/api/v1/me", "", s);
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(JsonOf(me), (json{{"id", s.user_id},
                              {"email", "pieter@school.be"},
                              {"name", "Test pieter@school.be"},
                              {"roles", {"supervisor"}}}));
  EXPECT_EQ(me.Header("X-CSRF-Token"), s.csrf);
}

TEST_P(AccountsApi, WrongPasswordIsRefusedInDutchWithoutSayingWhichPartWasWrong) {
  api_.AddUser("lotte@student.be", {"student"});
  http::Response wrong = api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "verkeerd wachtwoord"));
  http::Response unknown = api_.Call("POST", "/api/v1/session", Login("niemand@student.be", "verkeerd wachtwoord"));
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(JsonOf(wrong)["error"]["message"], JsonOf(unknown)["error"]["message"]);
  EXPECT_EQ(JsonOf(wrong)["error"]["message"], "Dit e-mailadres en wachtwoord horen niet bij elkaar.");
  EXPECT_TRUE(wrong.Header("Set-Cookie").empty());
}

TEST_P(AccountsApi, MissingFieldsAreNamedInTheError) {
  http::Response r = api_.Call("POST", "/api/v1/session", R"({"email": 12})");
  ASSERT_EQ(r.status, 422);
  json fields = JsonOf(r)["error"]["fields"];
  ASSERT_EQ(fields.size(), 2U);
  EXPECT_EQ(fields[0]["field"], "email");
  EXPECT_EQ(fields[1]["field"], "password");
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", "{niet: json").status, 422);
  EXPECT_EQ(JsonOf(api_.Call("POST", "/api/v1/session", "[1,2]"))["error"]["fields"][0]["field"], "body");
}

TEST_P(AccountsApi, FiveFailuresThrottleTheAccountUntilTheWindowPasses) {
  api_.AddUser("lotte@student.be", {"student"});
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "fout-fout-fout")).status, 401);
  }
  http::Response blocked = api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery"));
  EXPECT_EQ(blocked.status, 429);
  EXPECT_NE(JsonOf(blocked)["error"]["message"].get<std::string>().find("15 minuten"), std::string::npos);
  // From another address too: the account itself is protected.
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery"), std::nullopt, true,
                      "198.51.100.7")
                .status,
            429);
  api_.Clock().Advance(std::chrono::minutes(15));
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery")).status, 200);
}

TEST_P(AccountsApi, ManyFailuresFromOneAddressThrottleThatAddress) {
  api_.AddUser("lotte@student.be", {"student"});
  for (int i = 0; i < 20; ++i) {
    api_.Call("POST", "/api/v1/session", Login("gok" + std::to_string(i) + "@student.be", "fout-fout-fout"));
  }
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery")).status, 429);
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery"), std::nullopt, true,
                      "198.51.100.7")
                .status,
            200);
}

TEST_P(AccountsApi, LogOutEndsTheSessionAndClearsTheCookie) {
  TestSession s = api_.AddUserAndLogIn("lotte@student.be", {"student"});
  http::Response out = api_.Call("DELETE", "/api/v1/session", "", s);
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.Header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", s).status, 401);
}

TEST_P(AccountsApi, SessionExpiresAfterEightIdleHours) {
  TestSession s = api_.AddUserAndLogIn("lotte@student.be", {"student"});
  api_.Clock().Advance(std::chrono::hours(7));
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", s).status, 200);
  api_.Clock().Advance(std::chrono::hours(7));
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", s).status, 200) << "the earlier request refreshed the idle timer";
  api_.Clock().Advance(std::chrono::hours(8));
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", s).status, 401);
}

TEST_P(AccountsApi, StateChangesWithoutTheCsrfTokenAreRefusedAndChangeNothing) {
  TestSession admin = api_.AddUserAndLogIn("beheer@school.be", {"admin"});
  const int audit_before = api_.AuditCount();
  const std::string body = json{{"email", "nieuw@school.be"}, {"name", "Nieuw"}, {"roles", {"mentor"}}}.dump();
  http::Response missing = api_.Call("POST", "/api/v1/users", body, admin, false);
  EXPECT_EQ(missing.status, 403);
  EXPECT_NE(JsonOf(missing)["error"]["message"].get<std::string>().find("X-CSRF-Token"), std::string::npos);
  TestSession forged = admin;
  forged.csrf = "niet-de-juiste-code-niet-de-juiste-code-12345";
  EXPECT_EQ(api_.Call("POST", "/api/v1/users", body, forged).status, 403);
  EXPECT_EQ(api_.Call("DELETE", "/api/v1/session", "", admin, false).status, 403);
  EXPECT_EQ(api_.AuditCount(), audit_before);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", admin).status, 200) << "still logged in";
  EXPECT_EQ(api_.Call("POST", "/api/v1/users", body, admin).status, 201);
}

TEST_P(AccountsApi, InvitationLinkSetsTheFirstPasswordOnce) {
  TestSession admin = api_.AddUserAndLogIn("beheer@school.be", {"admin"});
  http::Response created =
      api_.Call("POST", "/api/v1/users",
                json{{"email", "Sofie@Werkplek.be"}, {"name", "Sofie Janssens"}, {"roles", {"mentor"}}}.dump(), admin);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(JsonOf(created)["has_password"], false);
  const std::string token = api_.TokenFromLastMailTo("sofie@werkplek.be");
  ASSERT_FALSE(token.empty());

  http::Response info = api_.Call("GET", "/api/v1/password-resets/" + token);
  ASSERT_EQ(info.status, 200);
  EXPECT_EQ(JsonOf(info),
            (json{{"purpose", "invitation"}, {"email", "sofie@werkplek.be"}, {"name", "Sofie Janssens"}}));

  http::Response weak =
      api_.Call("POST", "/api/v1/password-resets", json{{"token", token}, {"password", "kort"}}.dump());
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(JsonOf(weak)["error"]["fields"][0]["field"], "password");

  const std::string set = json{{"token", token}, {"password", "mijn eigen wachtwoord"}}.dump();
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-resets", set).status, 204);
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("sofie@werkplek.be", "mijn eigen wachtwoord")).status, 200);
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-resets", set).status, 404) << "single use";
  EXPECT_EQ(api_.Call("GET", "/api/v1/password-resets/" + token).status, 404);
}

TEST_P(AccountsApi, ResetLinkExpiresAfterAnHourAndANewerLinkReplacesAnOlder) {
  api_.AddUser("lotte@student.be", {"student"});
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-reset-requests", R"({"email":"lotte@student.be"})").status, 202);
  const std::string first = api_.TokenFromLastMailTo("lotte@student.be");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/password-resets/" + first))["purpose"], "password_reset");
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-reset-requests", R"({"email":"lotte@student.be"})").status, 202);
  const std::string second = api_.TokenFromLastMailTo("lotte@student.be");
  ASSERT_NE(first, second);
  EXPECT_EQ(api_.Call("GET", "/api/v1/password-resets/" + first).status, 404) << "replaced";
  api_.Clock().Advance(std::chrono::hours(1));
  http::Response expired =
      api_.Call("POST", "/api/v1/password-resets", json{{"token", second}, {"password", "nieuw wachtwoord 1"}}.dump());
  EXPECT_EQ(expired.status, 404);
  EXPECT_NE(JsonOf(expired)["error"]["message"].get<std::string>().find("verlopen"), std::string::npos);
}

TEST_P(AccountsApi, ResetRequestForAnUnknownAddressLooksTheSame) {
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-reset-requests", R"({"email":"niemand@student.be"})").status, 202);
  EXPECT_EQ(api_.Call("POST", "/api/v1/password-reset-requests", R"({"email":"geen adres"})").status, 422);
}

TEST_P(AccountsApi, ResetEndsOtherSessions) {
  TestSession s = api_.AddUserAndLogIn("lotte@student.be", {"student"});
  api_.Call("POST", "/api/v1/password-reset-requests", R"({"email":"lotte@student.be"})");
  const std::string token = api_.TokenFromLastMailTo("lotte@student.be");
  EXPECT_EQ(
      api_.Call("POST", "/api/v1/password-resets", json{{"token", token}, {"password", "nieuw wachtwoord 1"}}.dump())
          .status,
      204);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", s).status, 401);
}

TEST_P(AccountsApi, BlockedAccountCannotLogInAndLosesItsSessions) {
  TestSession admin = api_.AddUserAndLogIn("beheer@school.be", {"admin"});
  TestSession student = api_.AddUserAndLogIn("lotte@student.be", {"student"});
  http::Response blocked =
      api_.Call("PATCH", "/api/v1/users/" + std::to_string(student.user_id), R"({"active":false})", admin);
  ASSERT_EQ(blocked.status, 200) << blocked.body;
  EXPECT_EQ(api_.Call("GET", "/api/v1/me", "", student).status, 401);
  EXPECT_EQ(api_.Call("POST", "/api/v1/session", Login("lotte@student.be", "correct horse battery")).status, 403);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, AccountsApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
