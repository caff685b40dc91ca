#include "leerplek/http/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace leerplek::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("leerplek-static-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>Leerplek</title>";
    std::ofstream(root_ / "assets" / "app-1234.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / "geheim.txt") << "niet serveren";
  }
  void TearDown() override { fs::remove_all(root_); }
  std::optional<Response> Get(const std::string& target) const {
    Request r;
    r.method = "GET";
    r.target = target;
    return StaticFiles(root_).Serve(r);
  }
  fs::path root_;
};

TEST_F(StaticFilesTest, ServesAssetsWithTypeAndLongCaching) {
  auto r = Get("/assets/app-1234.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->Header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(r->Header("Cache-Control").find("immutable"), std::string::npos);
}

TEST_F(StaticFilesTest, UiPathsFallBackToTheAppPage) {
  auto r = Get("/beheer/gebruikers");
  ASSERT_TRUE(r);
  EXPECT_NE(r->body.find("<title>Leerplek</title>"), std::string::npos);
  EXPECT_EQ(r->Header("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, MissingAssetsAndEscapesAreNotServed) {
  EXPECT_FALSE(Get("/assets/bestaat-niet.js"));
  EXPECT_FALSE(Get("/../geheim.txt"));
  EXPECT_FALSE(Get("/%2e%2e/geheim.txt"));
  EXPECT_FALSE(Get("/assets/../../geheim.txt"));
}

}  // namespace
}  // namespace leerplek::http
