// R22: a planned visit reaches the student and the mentor through a real SMTP server on loopback (started by
// scripts/test.sh) as a multipart e-mail with the iCalendar invitation attached, read back from its maildir.
#include <gtest/gtest.h>

#include "api/placement_world.hpp"
#include "leerplek/app/mail_delivery.hpp"
#include "leerplek/mail/smtp_transport.hpp"
#include "mail/maildir.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

std::string DecodeBase64(const std::string& in) {
  static const std::string table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : in) {
    const auto pos = table.find(c);
    if (pos == std::string::npos) continue;  // line breaks and padding
    buffer = (buffer << 6U) | static_cast<unsigned>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> static_cast<unsigned>(bits)) & 0xFFU);
    }
  }
  return out;
}

// The decoded attachment of a raw multipart message: the base64 lines after the part's headers up to the
// closing boundary.
std::string AttachmentOf(const std::string& raw) {
  const std::size_t part = raw.find("Content-Transfer-Encoding: base64");
  if (part == std::string::npos) return "";
  std::size_t start = raw.find("\n\n", part);
  std::size_t skip = 2;
  if (const std::size_t crlf = raw.find("\r\n\r\n", part); crlf != std::string::npos && crlf < start) {
    start = crlf;
    skip = 4;
  }
  const std::size_t end = raw.find("--=_leerplek_", start);
  return DecodeBase64(raw.substr(start + skip, end - start - skip));
}

class VisitMail : public PlacementWorld {};

TEST_P(VisitMail, R22_TheInvitationArrivesAsAnIcsAttachmentAndItsCancellationToo) {
  mail::SmtpSettings smtp;
  smtp.url = RequiredEnv("LEERPLEK_TEST_SMTP_URL");
  smtp.from = "leerplek@test.leerplek.be";
  const std::string maildir = RequiredEnv("LEERPLEK_TEST_MAILDIR");
  const std::string tag = std::to_string(::getpid());
  const std::int64_t placement = Approved("instroom", partners_);
  ASSERT_EQ(api_.Call("PUT", Placement(placement, "/supervisor"), json{{"supervisor_id", supervisor_.user_id}}.dump(),
                      coordinator_)
                .status,
            200);
  mail::SmtpTransport transport(smtp);
  ASSERT_TRUE(app::DeliverDueMail(api_.Ctx(), transport).has_value());  // invitations and the approval

  http::Response r = api_.Call("POST", Placement(placement, "/visits"),
                               json{{"date", "2026-10-12"},
                                    {"start", "10:00"},
                                    {"duration_minutes", 90},
                                    {"with_whom", "Sofie (mentor) en Lotte " + tag},
                                    {"place", "Frankrijklei 120, Antwerpen"}}
                                   .dump(),
                               supervisor_);
  ASSERT_EQ(r.status, 201) << r.body;
  const std::int64_t visit = JsonOf(r)["id"];
  Result<app::DeliveryReport> report = app::DeliverDueMail(api_.Ctx(), transport);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->failed, 0);
  EXPECT_EQ(report->sent, 2);

  std::string uid;
  for (const std::string to : {"lotte@student.be", "sofie@werkplek.be"}) {
    std::string raw;
    for (const std::string& m : MessagesTo(maildir, to)) {
      if (m.find("Content-Type: multipart/mixed") != std::string::npos &&
          AttachmentOf(m).find("Lotte " + tag) != std::string::npos)
        raw = m;
    }
    ASSERT_FALSE(raw.empty()) << "no invitation for " << to;
    EXPECT_NE(raw.find("Content-Type: text/plain; charset=UTF-8"), std::string::npos);
    EXPECT_NE(raw.find("Content-Type: text/calendar; method=REQUEST; charset=UTF-8; name=\"werkplekbezoek.ics\""),
              std::string::npos);
    EXPECT_NE(raw.find("Content-Disposition: attachment; filename=\"werkplekbezoek.ics\""), std::string::npos);
    const std::size_t qp = raw.find("Content-Transfer-Encoding: quoted-printable");
    ASSERT_NE(qp, std::string::npos);
    const std::string text = DecodeQuotedPrintable(raw.substr(qp, raw.find("--=_leerplek_", qp) - qp));
    EXPECT_NE(text.find("Wanneer: 12/10/2026 van 10:00 tot 11:30"), std::string::npos) << text;
    const std::string ics = AttachmentOf(raw);
    EXPECT_NE(ics.find("BEGIN:VCALENDAR\r\n"), std::string::npos) << ics;
    EXPECT_NE(ics.find("METHOD:REQUEST\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTART;TZID=Europe/Brussels:20261012T100000\r\n"), std::string::npos);
    EXPECT_NE(ics.find("ATTENDEE;CN=\"Lid " + to + "\""), std::string::npos) << ics;
    const std::size_t at = ics.find("UID:");
    ASSERT_NE(at, std::string::npos);
    const std::string this_uid = ics.substr(at, ics.find("\r\n", at) - at);
    if (uid.empty()) uid = this_uid;
    EXPECT_EQ(this_uid, uid) << "one event for both invitees";
  }

  ASSERT_EQ(api_.Call("POST", "/api/v1/visits/" + std::to_string(visit) + "/cancellation", "", supervisor_).status,
            200);
  ASSERT_EQ(app::DeliverDueMail(api_.Ctx(), transport)->sent, 2);
  int cancellations = 0;
  for (const std::string& m : MessagesTo(maildir, "sofie@werkplek.be")) {
    const std::string ics = AttachmentOf(m);
    if (ics.find(uid + "\r\n") != std::string::npos && ics.find("METHOD:CANCEL\r\n") != std::string::npos) {
      EXPECT_NE(ics.find("SEQUENCE:1\r\n"), std::string::npos);
      ++cancellations;
    }
  }
  EXPECT_EQ(cancellations, 1);
}

INSTANTIATE_TEST_SUITE_P(SQLite, VisitMail, ::testing::Values(Engine::kSqlite), EngineTestName);

}  // namespace
}  // namespace leerplek::testing
