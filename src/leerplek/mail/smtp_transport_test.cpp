#include "leerplek/mail/smtp_transport.hpp"

#include <gtest/gtest.h>

namespace leerplek::mail {
namespace {

app::OutgoingMail Mail(std::string subject, std::string body) {
  app::OutgoingMail m;
  m.to = "lotte@student.be";
  m.subject = std::move(subject);
  m.body = std::move(body);
  return m;
}

TEST(ComposeMessage, EncodesTheSubjectAndBodyAsUtf8) {
  const std::string msg = ComposeMessage(Mail("Uitnodiging voor Leerplek – één klik", "Beste Stéphanie,\nWelkom!"),
                                         "leerplek@school.be", "Sat, 28 Nov 2026 10:00:00 +0000", "1@leerplek");
  EXPECT_NE(msg.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(msg.find("To: <lotte@student.be>\r\n"), std::string::npos);
  EXPECT_NE(msg.find("Beste St=C3=A9phanie,\r\nWelkom!"), std::string::npos);
  EXPECT_EQ(msg.find("\n\n"), std::string::npos) << "all line ends are CRLF";
}

TEST(ComposeMessage, ALineBreakInTheSubjectCannotAddHeaders) {
  const std::string msg =
      ComposeMessage(Mail("Hallo\r\nBcc: iedereen@x.be", "x"), "leerplek@school.be", "d", "1@leerplek");
  EXPECT_EQ(msg.find("\r\nBcc:"), std::string::npos);
}

TEST(ComposeMessage, LongLinesAreSoftWrapped) {
  const std::string msg = ComposeMessage(Mail("x", std::string(200, 'a')), "f@x.be", "d", "1@leerplek");
  const std::string body = msg.substr(msg.find("\r\n\r\n") + 4);
  std::size_t start = 0;
  while (start < body.size()) {
    const auto end = body.find("\r\n", start);
    EXPECT_LE((end == std::string::npos ? body.size() : end) - start, 76U);
    if (end == std::string::npos) break;
    start = end + 2;
  }
}

TEST(ComposeMessage, AnAttachmentMakesAMultipartMessageWithTheFileInBase64) {
  app::OutgoingMail m = Mail("Werkplekbezoek gepland", "Beste Lotte,\nTot dan!");
  const std::string ics =
      "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Bezoek bij Sofie – één uur\r\nEND:VCALENDAR\r\n";
  m.attachment = app::MailAttachment{"werkplek\"bezoek.ics", "text/calendar; method=REQUEST", ics};
  const std::string msg = ComposeMessage(m, "leerplek@school.be", "d", "42.7@leerplek");
  const std::string boundary = "=_leerplek_427leerplek";
  EXPECT_NE(msg.find("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n"), std::string::npos) << msg;
  EXPECT_NE(msg.find("--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(msg.find("Beste Lotte,\r\nTot dan!"), std::string::npos);
  EXPECT_NE(msg.find("Content-Type: text/calendar; method=REQUEST; charset=UTF-8; name=\"werkplekbezoek.ics\"\r\n"),
            std::string::npos);
  EXPECT_NE(msg.find("Content-Disposition: attachment; filename=\"werkplekbezoek.ics\"\r\n"), std::string::npos);
  EXPECT_NE(msg.find("Content-Transfer-Encoding: base64\r\n\r\nQkVHSU46VkNBTEVOREFS"), std::string::npos);
  EXPECT_NE(msg.find("\r\n--" + boundary + "--\r\n"), std::string::npos);
  EXPECT_EQ(msg.find("\n\n"), std::string::npos) << "all line ends are CRLF";
}

}  // namespace
}  // namespace leerplek::mail
