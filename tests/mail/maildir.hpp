// Reading what the loopback SMTP server (aiosmtpd, started by scripts/test.sh) stored in its maildir.
#pragma once

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace leerplek::testing {

// Every message in the maildir addressed to `to`, as raw text.
inline std::vector<std::string> MessagesTo(const std::string& maildir, const std::string& to) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(maildir) / "new")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find("To: <" + to + ">") != std::string::npos) out.push_back(text.str());
  }
  return out;
}

// Undoes quoted-printable soft breaks and =XX escapes; any other "=" (a multipart boundary such as "=_leerplek_…")
// stays as it is.
inline std::string DecodeQuotedPrintable(const std::string& in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '=' && i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
      i += 2;
    } else if (in[i] == '=' && i + 1 < in.size() && in[i + 1] == '\n') {
      i += 1;
    } else if (in[i] == '=' && i + 2 < in.size() && std::isxdigit(static_cast<unsigned char>(in[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(in[i + 2]))) {
      out += static_cast<char>(std::stoi(in.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += in[i];
    }
  }
  return out;
}

}  // namespace leerplek::testing
