// E-mail through a real SMTP server on loopback (started by scripts/test.sh), read back from its maildir.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "leerplek/app/accounts.hpp"
#include "leerplek/app/mail_delivery.hpp"
#include "leerplek/app/users.hpp"
#include "leerplek/crypto/sodium_crypto.hpp"
#include "leerplek/mail/smtp_transport.hpp"
#include "mail/maildir.hpp"
#include "support/test_support.hpp"

namespace leerplek::testing {
namespace {

class SmtpRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    smtp_.url = RequiredEnv("LEERPLEK_TEST_SMTP_URL");
    smtp_.from = "leerplek@test.leerplek.be";
    maildir_ = RequiredEnv("LEERPLEK_TEST_MAILDIR");
    db_ = FreshDatabase(Engine::kSqlite, "smtp_roundtrip");
    ctx_ = std::make_unique<app::AppContext>(app::AppContext{*db_, clock_, crypto_, {}});
    ctx_->settings.base_url = "https://leerplek.test";
    Result<domain::User> admin =
        app::AddUserWithPassword(*ctx_, {"beheer@x.be", "Beheer", {"admin"}, "beheer-wachtwoord"});
    ASSERT_TRUE(admin.has_value());
    admin_ = app::Actor{*admin, "", ""};
  }
  app::Actor admin_;
  mail::SmtpSettings smtp_;
  std::string maildir_;
  std::unique_ptr<storage::Database> db_;
  FixedClock clock_{StartOfTerm()};
  crypto::SodiumCrypto crypto_{crypto::SodiumOptions{true}};
  std::unique_ptr<app::AppContext> ctx_;
};

TEST_F(SmtpRoundTrip, InvitationArrivesWithItsDutchTextAndWorkingLink) {
  const std::string to = "stephanie." + std::to_string(::getpid()) + "@werkplek.be";
  ASSERT_TRUE(app::CreateUser(*ctx_, admin_, {to, "Stéphanie Pattyn", {"programme_lead"}, true}).has_value());

  mail::SmtpTransport transport(smtp_);
  Result<app::DeliveryReport> report = app::DeliverDueMail(*ctx_, transport);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->sent, 1);
  EXPECT_EQ(report->failed, 0);

  std::vector<std::string> arrived = MessagesTo(maildir_, to);
  ASSERT_EQ(arrived.size(), 1U);
  const std::string& raw = arrived[0];
  EXPECT_NE(raw.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(raw.find("Content-Type: text/plain; charset=UTF-8"), std::string::npos);
  const std::string body =
      DecodeQuotedPrintable(raw.substr(raw.find("\n\n") != std::string::npos ? raw.find("\n\n") : 0));
  EXPECT_NE(body.find("Beste Stéphanie Pattyn"), std::string::npos) << body;
  std::smatch link;
  ASSERT_TRUE(std::regex_search(body, link,
                                std::regex(R"(https://leerplek\.test/wachtwoord-instellen#token=([A-Za-z0-9_-]+))")))
      << body;
  Result<app::OneTimeLinkInfo> info = app::InspectOneTimeLink(*ctx_, link[1]);
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->name, "Stéphanie Pattyn");

  // Sent mail is not sent again.
  EXPECT_EQ(app::DeliverDueMail(*ctx_, transport)->sent, 0);
}

TEST_F(SmtpRoundTrip, AnUnreachableServerMeansRetryWithBackOff) {
  const std::string to = "uitgesteld." + std::to_string(::getpid()) + "@werkplek.be";
  ASSERT_TRUE(app::CreateUser(*ctx_, admin_, {to, "Uitgesteld", {"mentor"}, true}).has_value());

  mail::SmtpSettings down = smtp_;
  down.url = "smtp://127.0.0.1:1";  // nothing listens there
  down.timeout_seconds = 5;
  mail::SmtpTransport broken(down);
  EXPECT_EQ(app::DeliverDueMail(*ctx_, broken)->failed, 1);
  mail::SmtpTransport working(smtp_);
  EXPECT_EQ(app::DeliverDueMail(*ctx_, working)->sent, 0) << "waits a minute before the retry";
  clock_.Advance(std::chrono::minutes(1));
  EXPECT_EQ(app::DeliverDueMail(*ctx_, working)->sent, 1);
  EXPECT_EQ(MessagesTo(maildir_, to).size(), 1U);
}

}  // namespace
}  // namespace leerplek::testing
