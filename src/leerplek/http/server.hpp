// The network side: Boost.Beast over Asio coroutines. Only this file pair includes Beast.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "leerplek/http/api.hpp"

namespace leerplek::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 1;
  int worker_threads = 4;  // where requests are handled; never the I/O threads
  std::size_t max_body_bytes = 1024 * 1024;
  std::size_t max_upload_bytes = 11 * 1024 * 1024;  // upload routes only; the app checks its own limit below it
  std::size_t max_header_bytes = 16 * 1024;
  std::chrono::seconds idle_timeout{60};
  std::chrono::seconds request_timeout{30};
  std::chrono::seconds shutdown_grace{20};
  int max_connections = 1024;
  bool trust_proxy = false;  // believe X-Forwarded-For / X-Forwarded-Proto
};

// Serves until SIGTERM or SIGINT, then stops accepting, lets in-flight requests finish and returns.
// `on_listening` is called with the bound port (useful with port 0).
void RunServer(const Api& api, const ServerOptions& options, const std::function<void(unsigned short)>& on_listening);

}  // namespace leerplek::http
