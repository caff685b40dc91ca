#include "leerplek/mail/smtp_transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <ctime>
#include <mutex>
#include <random>

namespace leerplek::mail {
namespace {

std::string Base64(const std::string& in) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned n = (static_cast<unsigned char>(in[i]) << 16U) | (static_cast<unsigned char>(in[i + 1]) << 8U) |
                       static_cast<unsigned char>(in[i + 2]);
    out += table[(n >> 18U) & 63U];
    out += table[(n >> 12U) & 63U];
    out += table[(n >> 6U) & 63U];
    out += table[n & 63U];
  }
  if (i < in.size()) {
    unsigned n = static_cast<unsigned char>(in[i]) << 16U;
    if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8U;
    out += table[(n >> 18U) & 63U];
    out += table[(n >> 12U) & 63U];
    out += i + 1 < in.size() ? table[(n >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

std::string QuotedPrintable(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  std::size_t line = 0;
  auto put = [&](const std::string& piece) {
    if (line + piece.size() > 75) {
      out += "=\r\n";
      line = 0;
    }
    out += piece;
    line += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\r\n";
      line = 0;
    } else if (c == '\r') {
      continue;
    } else if ((c >= 33 && c <= 126 && c != '=') || (c == ' ' && i + 1 < text.size() && text[i + 1] != '\n')) {
      put(std::string(1, static_cast<char>(c)));
    } else {
      put(std::string{'=', hex[c >> 4U], hex[c & 15U]});
    }
  }
  return out;
}

// Header values never carry a line break, so a subject cannot inject headers.
std::string OneLine(std::string value) {
  for (char& c : value) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return value;
}

struct Upload {
  std::string data;
  std::size_t offset = 0;
};

std::size_t ReadCallback(char* buffer, std::size_t size, std::size_t items, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t room = size * items;
  const std::size_t left = upload->data.size() - upload->offset;
  const std::size_t n = std::min(room, left);
  std::memcpy(buffer, upload->data.data() + upload->offset, n);
  upload->offset += n;
  return n;
}

std::string RfcDate() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

}  // namespace

std::string ComposeMessage(const app::OutgoingMail& mail, const std::string& from, const std::string& date,
                           const std::string& message_id) {
  std::string m;
  m += "Date: " + date + "\r\n";
  m += "From: Leerplek <" + OneLine(from) + ">\r\n";
  m += "To: <" + OneLine(mail.to) + ">\r\n";
  m += "Subject: =?UTF-8?B?" + Base64(OneLine(mail.subject)) + "?=\r\n";
  m += "Message-ID: <" + message_id + ">\r\n";
  m += "MIME-Version: 1.0\r\n";
  if (!mail.attachment) {
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    m += QuotedPrintable(mail.body);
    m += "\r\n";
    return m;
  }
  // multipart/mixed: the text, then the attachment in base64 (keeps an .ics's CRLF line ends intact). "=_"
  // never occurs in quoted-printable or base64, so the boundary cannot occur in either part.
  std::string boundary = "=_leerplek_";
  for (char c : message_id) {
    if (std::isalnum(static_cast<unsigned char>(c))) boundary += c;
  }
  const app::MailAttachment& a = *mail.attachment;
  std::string name = OneLine(a.file_name);
  name.erase(std::remove(name.begin(), name.end(), '"'), name.end());
  m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  m += "This is a multi-part message in MIME format.\r\n";
  m += "--" + boundary + "\r\n";
  m += "Content-Type: text/plain; charset=UTF-8\r\n";
  m += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
  m += QuotedPrintable(mail.body);
  m += "\r\n--" + boundary + "\r\n";
  m += "Content-Type: " + OneLine(a.content_type) + "; charset=UTF-8; name=\"" + name + "\"\r\n";
  m += "Content-Disposition: attachment; filename=\"" + name + "\"\r\n";
  m += "Content-Transfer-Encoding: base64\r\n\r\n";
  const std::string encoded = Base64(a.content);
  for (std::size_t i = 0; i < encoded.size(); i += 76) m += encoded.substr(i, 76) + "\r\n";
  m += "--" + boundary + "--\r\n";
  return m;
}

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Status SmtpTransport::Send(const app::OutgoingMail& mail) {
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return Error{ErrorCode::kUnavailable, "E-mail kon niet verstuurd worden.", {}, "curl init"};
  std::mt19937_64 rng(std::random_device{}());
  const std::string message_id = std::to_string(rng()) + "." + std::to_string(mail.id) + "@leerplek";
  Upload upload{ComposeMessage(mail, settings_.from, RfcDate(), message_id), 0};
  const std::string from = "<" + settings_.from + ">";
  const std::string to = "<" + mail.to + ">";
  curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, &ReadCallback);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (settings_.require_tls) curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings_.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) {
    return Error{ErrorCode::kUnavailable, "E-mail kon niet verstuurd worden.", {}, curl_easy_strerror(rc)};
  }
  return {};
}

}  // namespace leerplek::mail
