#include "leerplek/files/directory_files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace leerplek::files {
namespace {

// Keys come from the app (random tokens); anything else is refused, so no path can escape the directory.
bool KeyIsSafe(const std::string& key) {
  return !key.empty() && key.size() <= 128 && key.front() != '.' && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  });
}

Error Broken(const std::string& detail) {
  Error e = MakeError(ErrorCode::kUnavailable, "Het bestand kon niet bewaard worden. Probeer later opnieuw.");
  e.detail = detail;
  return e;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

DirectoryFiles::DirectoryFiles(std::filesystem::path directory) : directory_(std::move(directory)) {
  std::error_code ec;
  std::filesystem::create_directories(directory_, ec);
  std::filesystem::permissions(directory_, std::filesystem::perms::owner_all, ec);
}

Status DirectoryFiles::Save(const std::string& key, std::string_view bytes) {
  if (!KeyIsSafe(key)) return Broken("unsafe document key");
  const std::filesystem::path target = directory_ / key;
  const std::filesystem::path temporary = directory_ / (key + ".part");
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Broken("open " + temporary.string());
  const bool written = WriteAll(fd, bytes) && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (!written) {
    std::filesystem::remove(temporary, ec);
    return Broken("write " + temporary.string());
  }
  std::filesystem::rename(temporary, target, ec);
  if (ec) return Broken("rename " + target.string());
  // The rename itself must reach the disk too.
  if (const int dir = ::open(directory_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

std::optional<std::string> DirectoryFiles::Load(const std::string& key) {
  if (!KeyIsSafe(key)) return std::nullopt;
  std::ifstream in(directory_ / key, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace leerplek::files
