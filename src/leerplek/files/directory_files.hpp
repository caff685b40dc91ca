// Uploaded documents as files in one directory outside the web root (R17 uploads).
#pragma once

#include <filesystem>

#include "leerplek/app/ports.hpp"

namespace leerplek::files {

// Each document is one file named by its generated key, written to a temporary name, flushed to disk and
// renamed, so a crash never leaves half a document under a real key. Files are readable by the owner only.
class DirectoryFiles final : public app::DocumentFiles {
 public:
  explicit DirectoryFiles(std::filesystem::path directory);
  Status Save(const std::string& key, std::string_view bytes) override;
  std::optional<std::string> Load(const std::string& key) override;

 private:
  std::filesystem::path directory_;
};

}  // namespace leerplek::files
