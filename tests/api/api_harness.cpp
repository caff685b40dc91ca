#include "api/api_harness.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "leerplek/app/users.hpp"

namespace leerplek::testing {

ApiHarness::ApiHarness(Engine engine, const std::string& db_name) : db_(FreshDatabase(engine, db_name)) {
  app::AppSettings settings;
  settings.base_url = "https://leerplek.test";
  documents_ = std::make_unique<files::DirectoryFiles>(
      std::filesystem::temp_directory_path() / ("leerplek-documents-" + db_name + "-" + std::to_string(::getpid())));
  ctx_ = std::make_unique<app::AppContext>(
      app::AppContext{*db_, clock_, crypto_, settings, &parser_, documents_.get(), &reports_, &spreadsheets_});
  http::ApiOptions options;
  options.openapi_yaml = "openapi: 3.0.3\n";
  api_ = std::make_unique<http::Api>(*ctx_, std::move(options));
}

http::Response ApiHarness::Call(const std::string& method, const std::string& target, const std::string& body,
                                const std::optional<TestSession>& session, bool with_csrf,
                                const std::string& remote_address) const {
  http::Request request;
  request.method = method;
  request.target = target;
  request.body = body;
  request.remote_address = remote_address;
  if (!body.empty()) request.headers["content-type"] = "application/json";
  if (session) {
    request.headers["cookie"] = std::string(http::kSessionCookie) + "=" + session->cookie;
    if (with_csrf) request.headers["x-csrf-token"] = session->csrf;
  }
  return api_->Handle(request);
}

std::int64_t ApiHarness::AddUser(const std::string& email, const std::vector<std::string>& roles,
                                 const std::string& password) {
  Result<domain::User> user = app::AddUserWithPassword(*ctx_, {email, "Test " + email, roles, password});
  EXPECT_TRUE(user.has_value()) << (user ? "" : user.error().message);
  return user ? user->id.value : 0;
}

TestSession ApiHarness::LogIn(const std::string& email, const std::string& password) const {
  http::Response r = Call("POST", "/api/v1/session", nlohmann::json{{"email", email}, {"password", password}}.dump());
  EXPECT_EQ(r.status, 200) << r.body;
  TestSession s;
  const std::string cookie = r.Header("Set-Cookie");
  const auto eq = cookie.find('=');
  s.cookie = cookie.substr(eq + 1, cookie.find(';') - eq - 1);
  if (r.status == 200) {
    auto j = JsonOf(r);
    s.csrf = j["csrf_token"];
    s.user_id = j["user"]["id"];
  }
  return s;
}

TestSession ApiHarness::AddUserAndLogIn(const std::string& email, const std::vector<std::string>& roles) {
  AddUser(email, roles);
  return LogIn(email);
}

TestSession ApiHarness::AddMemberAndLogIn(std::int64_t cohort, const std::string& email, const std::string& role,
                                          const TestSession& manager) {
  EXPECT_EQ(Call("POST", "/api/v1/cohorts/" + std::to_string(cohort) + "/members",
                 nlohmann::json{{"email", email}, {"name", "Lid " + email}, {"role", role}}.dump(), manager)
                .status,
            201);
  Call("POST", "/api/v1/password-resets",
       nlohmann::json{{"token", TokenFromLastMailTo(email)}, {"password", "een goed wachtwoord"}}.dump());
  return LogIn(email, "een goed wachtwoord");
}

std::string ApiHarness::TokenFromLastMailTo(const std::string& to) const {
  std::string token;
  Status s = db_->Read([&](app::Repositories& r) -> Status {
    for (const app::OutgoingMail& m : r.Mail().Due(clock_.Now() + std::chrono::hours(24 * 365), 1000)) {
      std::smatch match;
      if (m.to == to && std::regex_search(m.body, match, std::regex("#token=([A-Za-z0-9_-]+)"))) token = match[1];
    }
    return {};
  });
  EXPECT_TRUE(s.has_value());
  return token;
}

int ApiHarness::AuditCount() const {
  int count = 0;
  Status s = db_->Read([&](app::Repositories& r) -> Status {
    count = static_cast<int>(r.Audit().Page(std::nullopt, 100000).size());
    return {};
  });
  EXPECT_TRUE(s.has_value());
  return count;
}

app::Actor ApiHarness::ActorFor(std::int64_t user_id) const {
  std::optional<domain::User> user;
  Status s = db_->Read([&](app::Repositories& r) -> Status {
    user = r.Users().ById(domain::UserId{user_id});
    return {};
  });
  EXPECT_TRUE(s.has_value() && user.has_value());
  return app::Actor{user.value_or(domain::User{}), "", ""};
}

std::string SourceFile(const std::string& relative_path) {
  std::ifstream in(std::string(LEERPLEK_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  EXPECT_TRUE(in.good()) << relative_path;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

nlohmann::json JsonOf(const http::Response& response) {
  auto j = nlohmann::json::parse(response.body, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << response.body;
  return j;
}

}  // namespace leerplek::testing

namespace leerplek::testing {

std::set<std::string> ErrorFields(const http::Response& response) {
  std::set<std::string> out;
  const nlohmann::json body = JsonOf(response);
  for (const auto& f : body["error"]["fields"]) out.insert(f["field"].get<std::string>());
  return out;
}

}  // namespace leerplek::testing
