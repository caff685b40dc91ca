// A plain HTTP request and response, free of any HTTP library, so the
// request→response decision is an ordinary function that tests can call.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace leerplek::http {

struct Request {
  std::string method;                          // "GET", "POST", …
  std::string target;                          // path and query, as received
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string remote_address;
  bool secure = false;  // reached over TLS (directly or through a trusted proxy)

  [[nodiscard]] std::string Header(const std::string& lower_name) const;
  [[nodiscard]] std::string Path() const;
  [[nodiscard]] std::optional<std::string> Query(const std::string& name) const;
  [[nodiscard]] std::optional<std::string> Cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void SetHeader(const std::string& name, const std::string& value);
  [[nodiscard]] std::string Header(const std::string& name) const;
};

std::string PercentDecode(const std::string& text, bool plus_is_space);

}  // namespace leerplek::http
