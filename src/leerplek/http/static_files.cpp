#include "leerplek/http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace leerplek::http {
namespace {

std::string ContentType(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".json" || ext == ".webmanifest") return "application/json";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::optional<std::string> ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::filesystem::weakly_canonical(std::move(root))) {}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  const std::string path = request.Path();
  if (path.empty() || path.front() != '/' || path.find("..") != std::string::npos ||
      path.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  std::filesystem::path file = root_ / path.substr(1);
  std::error_code ec;
  const bool is_file = !path.ends_with("/") && std::filesystem::is_regular_file(file, ec);
  const bool looks_like_asset = std::filesystem::path(path).has_extension();
  if (!is_file) {
    if (looks_like_asset) return std::nullopt;  // a missing asset is a 404, not the app
    file = root_ / "index.html";
  }
  std::optional<std::string> body = ReadFile(file);
  if (!body) return std::nullopt;
  Response response;
  response.SetHeader("Content-Type", ContentType(file));
  // Hashed assets never change; the page itself is always checked.
  response.SetHeader("Cache-Control",
                     path.starts_with("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
  response.body = request.method == "HEAD" ? std::string() : std::move(*body);
  return response;
}

}  // namespace leerplek::http
