#include "leerplek/files/directory_files.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace leerplek::files {
namespace {

std::filesystem::path FreshDirectory(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("leerplek-files-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(DirectoryFiles, SavesAndLoadsBytesExactly) {
  DirectoryFiles files(FreshDirectory("roundtrip"));
  const std::string bytes("%PDF-1.4\0\x01\xff binary %%EOF", 26);
  ASSERT_TRUE(files.Save("abc_DEF-123.pdf", bytes));
  EXPECT_EQ(files.Load("abc_DEF-123.pdf"), bytes);
  EXPECT_EQ(files.Load("missing.pdf"), std::nullopt);
}

TEST(DirectoryFiles, FilesAreForTheOwnerOnly) {
  const auto dir = FreshDirectory("perms");
  DirectoryFiles files(dir);
  ASSERT_TRUE(files.Save("k.pdf", "x"));
  struct stat st {};
  ASSERT_EQ(::stat((dir / "k.pdf").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600U);
  EXPECT_FALSE(std::filesystem::exists(dir / "k.pdf.part"));
}

TEST(DirectoryFiles, KeysThatCouldLeaveTheDirectoryAreRefused) {
  DirectoryFiles files(FreshDirectory("keys"));
  EXPECT_FALSE(files.Save("../escape.pdf", "x"));
  EXPECT_FALSE(files.Save("sub/dir.pdf", "x"));
  EXPECT_FALSE(files.Save(".hidden", "x"));
  EXPECT_FALSE(files.Save("", "x"));
  EXPECT_EQ(files.Load("../../etc/passwd"), std::nullopt);
}

TEST(DirectoryFiles, SavingAgainReplacesTheFile) {
  DirectoryFiles files(FreshDirectory("once"));
  ASSERT_TRUE(files.Save("same.pdf", "first"));
  ASSERT_TRUE(files.Save("same.pdf", "second"));  // the app never reuses keys; the last write wins
  EXPECT_EQ(files.Load("same.pdf"), "second");
}

}  // namespace
}  // namespace leerplek::files
