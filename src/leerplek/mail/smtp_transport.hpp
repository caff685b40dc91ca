// Sends e-mail over SMTP with libcurl.
#pragma once

#include <string>

#include "leerplek/app/ports.hpp"

namespace leerplek::mail {

struct SmtpSettings {
  std::string url = "smtp://127.0.0.1:2525";  // smtps:// for implicit TLS
  std::string from = "leerplek@localhost";
  std::string username;
  std::string password;
  bool require_tls = false;  // STARTTLS required
  long timeout_seconds = 20;
};

class SmtpTransport final : public app::MailTransport {
 public:
  explicit SmtpTransport(SmtpSettings settings);
  Status Send(const app::OutgoingMail& mail) override;

 private:
  SmtpSettings settings_;
};

// The RFC 5322 message, UTF-8 with quoted-printable body and an encoded subject; with an attachment it is
// multipart/mixed: the text, then the attachment in base64.
std::string ComposeMessage(const app::OutgoingMail& mail, const std::string& from, const std::string& date,
                           const std::string& message_id);

}  // namespace leerplek::mail
