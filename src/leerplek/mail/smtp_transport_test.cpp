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

}  // namespace
}  // namespace leerplek::mail
