// docs/openapi.yaml is the source of truth of the API (and of the web UI's types): every route
// the server serves must be described there with its method.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "functional/harness.hpp"

namespace attache::testing {
namespace {

std::string ReadSpec() {
  std::ifstream in(std::string(ATTACHE_SOURCE_DIR) + "/docs/openapi.yaml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The block of `path` in the spec: from its key to the next path key.
std::string PathBlock(const std::string& spec, const std::string& path) {
  const std::string key = "\n  " + path + ":\n";
  const auto start = spec.find(key);
  if (start == std::string::npos) return "";
  const auto next = spec.find("\n  /", start + key.size() - 1);
  const auto components = spec.find("\ncomponents:", start);
  return spec.substr(start, std::min(next, components) - start);
}

TEST(ApiContract, EveryServedRouteIsInTheOpenApiDocument) {
  const std::string spec = ReadSpec();
  ASSERT_FALSE(spec.empty());
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  auto server = Server::Start(*database);
  ASSERT_NE(server, nullptr);
  server->SignInAs("admin");
  const auto policy = server->Get("/api/v1/policy").json();
  ASSERT_GE(policy["routes"].size(), 20U);
  for (const auto& route : policy["routes"]) {
    const std::string path = route["path"];
    std::string method = route["method"];
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string block = PathBlock(spec, path);
    EXPECT_FALSE(block.empty()) << path << " is not in docs/openapi.yaml";
    EXPECT_NE(block.find("\n    " + method + ":\n"), std::string::npos)
        << method << " " << path << " is not in docs/openapi.yaml";
  }
}

}  // namespace
}  // namespace attache::testing
