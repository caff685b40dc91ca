// R8/R10: a sickness report and a work accident reach the mentor and the coordinator through a real SMTP
// server on loopback (started by scripts/test.sh), read back from its maildir.
#include <gtest/gtest.h>

#include "api/placement_world.hpp"
#include "leerplek/app/mail_delivery.hpp"
#include "leerplek/mail/smtp_transport.hpp"
#include "mail/maildir.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

// Messages to `to` whose decoded text contains `marker`.
int MessagesWith(const std::string& maildir, const std::string& to, const std::string& marker) {
  int n = 0;
  for (const std::string& raw : MessagesTo(maildir, to)) {
    const std::size_t body = raw.find("\n\n");
    if (DecodeQuotedPrintable(raw.substr(body == std::string::npos ? 0 : body)).find(marker) != std::string::npos) ++n;
  }
  return n;
}

class AbsenceMail : public PlacementWorld {};

TEST_P(AbsenceMail, R8_R10_ReportsArriveAtTheMentorAndTheCoordinatorAtOnce) {
  mail::SmtpSettings smtp;
  smtp.url = RequiredEnv("LEERPLEK_TEST_SMTP_URL");
  smtp.from = "leerplek@test.leerplek.be";
  const std::string maildir = RequiredEnv("LEERPLEK_TEST_MAILDIR");
  // Unique addresses per run: the maildir is shared by every test of the run.
  const std::string tag = std::to_string(::getpid());
  const std::int64_t placement = Approved("instroom", partners_);
  mail::SmtpTransport transport(smtp);
  ASSERT_TRUE(app::DeliverDueMail(api_.Ctx(), transport).has_value());  // invitations and the approval

  // Tuesday 16/02/2027 at 07:30 in Brussels (06:30 UTC), before HR Partners starts at 08:30.
  api_.Clock().Set(app::Timestamp(std::chrono::sys_days{std::chrono::year{2027} / 2 / 16} + std::chrono::hours{6} +
                                  std::chrono::minutes{30}));
  const TestSession student = api_.LogIn("lotte@student.be", "een goed wachtwoord");
  const TestSession mentor = api_.LogIn("sofie@werkplek.be", "een goed wachtwoord");
  http::Response r = api_.Call("POST", Placement(placement, "/sickness-reports"),
                               json{{"first_day", "2027-02-16"},
                                    {"last_day", "2027-02-16"},
                                    {"called_workplace_at", "07:20"},
                                    {"called_coordinator_at", "07:25"},
                                    {"note", "Koorts sinds vannacht " + tag + "."}}
                                   .dump(),
                               student);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(JsonOf(r)["timing"], "on_time");
  r = api_.Call("POST", Placement(placement, "/accidents"),
                json{{"date", "2027-02-16"},
                     {"time", "07:10"},
                     {"place", "Station Antwerpen-Berchem " + tag},
                     {"on_the_way", true},
                     {"what_happened", "Gevallen op de trap van het station."},
                     {"injuries", "Gekneusde knie"},
                     {"witnesses", "Geen"},
                     {"first_aid", "Geen"}}
                    .dump(),
                mentor);
  ASSERT_EQ(r.status, 201) << r.body;

  Result<app::DeliveryReport> report = app::DeliverDueMail(api_.Ctx(), transport);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->failed, 0);
  // The mentor hears of the sickness; the cohort's coordinator contact of both.
  EXPECT_EQ(MessagesWith(maildir, "sofie@werkplek.be", "Koorts sinds vannacht " + tag), 1);
  EXPECT_EQ(MessagesWith(maildir, "wpl@school.be", "Koorts sinds vannacht " + tag), 1);
  EXPECT_EQ(MessagesWith(maildir, "wpl@school.be", "Berchem " + tag), 1);
}

INSTANTIATE_TEST_SUITE_P(SQLite, AbsenceMail, ::testing::Values(Engine::kSqlite), EngineTestName);

}  // namespace
}  // namespace leerplek::testing
