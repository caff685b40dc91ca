// Serves the built web UI (web/dist) with a fallback to index.html for client-side routes.
#pragma once

#include <filesystem>
#include <optional>

#include "leerplek/http/message.hpp"

namespace leerplek::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  // Nothing when the path is not a GET/HEAD for the UI.
  [[nodiscard]] std::optional<Response> Serve(const Request& request) const;

 private:
  std::filesystem::path root_;
};

}  // namespace leerplek::http
