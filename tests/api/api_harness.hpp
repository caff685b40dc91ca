// Drives the API as a browser would: requests in, responses out, with a real database.
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <set>
#include <string>

#include "leerplek/app/context.hpp"
#include "leerplek/crypto/sodium_crypto.hpp"
#include "leerplek/curriculum/toml_parser.hpp"
#include "leerplek/files/directory_files.hpp"
#include "leerplek/http/api.hpp"
#include "leerplek/pdf/cairo_report.hpp"
#include "leerplek/xlsx/xlsx_workbook.hpp"
#include "support/test_support.hpp"

namespace leerplek::testing {

struct TestSession {
  std::string cookie;  // the session token
  std::string csrf;
  std::int64_t user_id = 0;
};

class ApiHarness {
 public:
  ApiHarness(Engine engine, const std::string& db_name);

  http::Response Call(const std::string& method, const std::string& target, const std::string& body = "",
                      const std::optional<TestSession>& session = std::nullopt, bool with_csrf = true,
                      const std::string& remote_address = "192.0.2.10") const;

  // Creates an account directly (no HTTP) with the given roles and password.
  std::int64_t AddUser(const std::string& email, const std::vector<std::string>& roles,
                       const std::string& password = "correct horse battery");
  TestSession LogIn(const std::string& email, const std::string& password = "correct horse battery") const;
  TestSession AddUserAndLogIn(const std::string& email, const std::vector<std::string>& roles);
  // Adds someone to a cohort through the API as `manager`, sets their password from the invitation and
  // logs them in.
  TestSession AddMemberAndLogIn(std::int64_t cohort, const std::string& email, const std::string& role,
                                const TestSession& manager);

  // The one-time token in the newest queued e-mail to `to`, or empty.
  std::string TokenFromLastMailTo(const std::string& to) const;
  int AuditCount() const;

  FixedClock& Clock() { return clock_; }
  const app::AppContext& Ctx() const { return *ctx_; }
  // An actor for calling use cases directly while setting up a test.
  app::Actor ActorFor(std::int64_t user_id) const;
  const http::Api& Api() const { return *api_; }
  storage::Database& Db() { return *db_; }

 private:
  std::unique_ptr<storage::Database> db_;
  FixedClock clock_{StartOfTerm()};
  crypto::SodiumCrypto crypto_{crypto::SodiumOptions{true}};
  curriculum::TomlCurriculumParser parser_;
  std::unique_ptr<files::DirectoryFiles> documents_;
  pdf::CairoReportRenderer reports_;
  xlsx::XlsxWorkbookRenderer spreadsheets_;
  std::unique_ptr<app::AppContext> ctx_;
  std::unique_ptr<http::Api> api_;
};

nlohmann::json JsonOf(const http::Response& response);
// The field names of an error response.
std::set<std::string> ErrorFields(const http::Response& response);

// A file from the source tree (curricula/…, fixtures), as text.
std::string SourceFile(const std::string& relative_path);

}  // namespace leerplek::testing
