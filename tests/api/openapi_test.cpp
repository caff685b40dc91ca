// docs/openapi.yaml documents every route of the API.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "leerplek/http/api.hpp"

namespace leerplek::testing {
namespace {

// Reads "path → methods" from the paths section (two-space path keys, four-space methods).
std::set<std::string> DocumentedOperations() {
  std::ifstream in(LEERPLEK_SOURCE_DIR "/docs/openapi.yaml");
  EXPECT_TRUE(in.good());
  std::set<std::string> ops;
  std::string line;
  std::string path;
  bool in_paths = false;
  const std::regex path_re(R"(^  (/[^:]*):\s*$)");
  const std::regex method_re(R"(^    (get|post|put|patch|delete):\s*$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (!in_paths) continue;
    if (!line.empty() && line[0] != ' ') break;
    if (std::regex_match(line, m, path_re)) {
      path = m[1];
    } else if (std::regex_match(line, m, method_re)) {
      std::string method = m[1];
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ops.insert(method + " " + path);
    }
  }
  return ops;
}

TEST(OpenApi, EveryRouteIsDocumented) {
  const std::set<std::string> documented = DocumentedOperations();
  ASSERT_FALSE(documented.empty());
  for (const http::Route& route : http::ApiRoutes()) {
    EXPECT_TRUE(documented.count(route.method + " " + route.pattern))
        << route.method << " " << route.pattern << " is not in docs/openapi.yaml";
  }
}

TEST(OpenApi, NothingIsDocumentedThatDoesNotExist) {
  std::set<std::string> routes = {"GET /health", "GET /ready", "GET /api/v1/openapi.yaml"};
  for (const http::Route& route : http::ApiRoutes()) routes.insert(route.method + " " + route.pattern);
  for (const std::string& op : DocumentedOperations())
    EXPECT_TRUE(routes.count(op)) << op << " is documented but not served";
}

}  // namespace
}  // namespace leerplek::testing
