#include "platform/http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "platform/http/etag.hpp"

namespace attache::http {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kIndex = "<!doctype html><title>Attaché</title><div id=app></div>";
constexpr std::string_view kScript = "console.log('Вьетнам');";
constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";

// A fresh directory under the system temp directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() / ("attache_static_files_test_" + std::to_string(::getpid()) +
                                         "_" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  void Write(const std::string& relative, std::string_view content) const {
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
  }

 private:
  fs::path path_;
};

Request Get(std::string path) {
  Request request;
  request.target = path;
  request.path = std::move(path);
  return request;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("index.html", kIndex);
    dir_.Write("assets/app-1a2b.js", kScript);
    dir_.Write("assets/app-3c4d.css", "body{}");
    dir_.Write("robots.txt", "User-agent: *");
    auto loaded = StaticFiles::Load(dir_.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().detail.en;
    files_ = std::move(*loaded);
  }

  TempDir dir_;
  StaticFiles files_;
};

TEST_F(StaticFilesTest, LoadsEveryFile) { EXPECT_EQ(files_.size(), 4u); }

TEST_F(StaticFilesTest, ServesIndexAtTheRoot) {
  for (const char* path : {"/", "/index.html"}) {
    const Response response = files_.Serve(Get(path));
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_EQ(response.body, kIndex) << path;
    EXPECT_EQ(response.headers.Get("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_EQ(response.headers.Get("Cache-Control"), "no-cache") << path;
    EXPECT_EQ(response.headers.Get("ETag"), BodyETag(kIndex)) << path;
  }
}

TEST_F(StaticFilesTest, ServesHashedAssetsAsImmutable) {
  const Response script = files_.Serve(Get("/assets/app-1a2b.js"));
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.body, kScript);
  EXPECT_EQ(script.headers.Get("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script.headers.Get("Cache-Control"), kImmutable);
  EXPECT_EQ(script.headers.Get("ETag"), BodyETag(kScript));

  const Response style = files_.Serve(Get("/assets/app-3c4d.css"));
  EXPECT_EQ(style.headers.Get("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(style.headers.Get("Cache-Control"), kImmutable);
}

TEST_F(StaticFilesTest, FilesOutsideAssetsAreRevalidated) {
  const Response response = files_.Serve(Get("/robots.txt"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "User-agent: *");
  EXPECT_EQ(response.headers.Get("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_EQ(response.headers.Get("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, MatchingIfNoneMatchIsNotModified) {
  Request request = Get("/assets/app-1a2b.js");
  request.headers.Add("If-None-Match", BodyETag(kScript));
  const Response response = files_.Serve(request);
  EXPECT_EQ(response.status, 304);
  EXPECT_EQ(response.body, "");
  EXPECT_EQ(response.headers.Get("ETag"), BodyETag(kScript));
  EXPECT_EQ(response.headers.Get("Cache-Control"), kImmutable);
}

TEST_F(StaticFilesTest, StaleIfNoneMatchGetsTheFile) {
  Request request = Get("/");
  request.headers.Add("If-None-Match", BodyETag("an older index.html"));
  const Response response = files_.Serve(request);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, kIndex);
}

TEST_F(StaticFilesTest, ClientRoutesGetIndex) {
  for (const char* path : {"/countries/VN", "/countries", "/attaches/42/edit", "/assets"}) {
    const Response response = files_.Serve(Get(path));
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_EQ(response.body, kIndex) << path;
    EXPECT_EQ(response.headers.Get("Cache-Control"), "no-cache") << path;
  }
  Request cached = Get("/countries/VN");
  cached.headers.Add("If-None-Match", BodyETag(kIndex));
  EXPECT_EQ(files_.Serve(cached).status, 304);
}

TEST_F(StaticFilesTest, MissingFilesAreNotFound) {
  for (const char* path :
       {"/missing.js", "/assets/x.js", "/assets/new-chunk", "/favicon.ico", "/countries/VN.json"}) {
    const Response response = files_.Serve(Get(path));
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(response.headers.Get("Content-Type"), "application/problem+json") << path;
    EXPECT_EQ(nlohmann::json::parse(response.body)["type"], "/problems/not-found") << path;
  }
}

StaticFiles LoadMissingRoot() {
  auto loaded = StaticFiles::Load(fs::temp_directory_path() / "attache_no_such_dir_4f1c");
  EXPECT_TRUE(loaded.has_value());
  return loaded ? std::move(*loaded) : StaticFiles{};
}

TEST(StaticFiles, MissingRootExplainsHowToBuildTheUi) {
  const StaticFiles files = LoadMissingRoot();
  EXPECT_EQ(files.size(), 0u);
  for (const char* path : {"/countries/VN", "/countries"}) {
    const Response response = files.Serve(Get(path));
    EXPECT_EQ(response.status, 200) << path;
    EXPECT_EQ(response.headers.Get("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_NE(response.body.find("The web UI is not built"), std::string::npos) << path;
    EXPECT_NE(response.body.find("npm --prefix web run build"), std::string::npos) << path;
    EXPECT_NE(response.body.find("/api/v1"), std::string::npos) << path;
  }
  EXPECT_EQ(files.Serve(Get("/missing.js")).status, 404);
}

TEST(StaticFiles, MissingRootExplainsAtTheRootToo) {
  // "/" is the page a developer opens first; it must explain, not answer 404.
  const StaticFiles files = LoadMissingRoot();
  const Response response = files.Serve(Get("/"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.Get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(response.body.find("npm --prefix web run build"), std::string::npos);
}

TEST(StaticFiles, ContentTypeByExtension) {
  const std::pair<const char*, const char*> cases[] = {
      {"index.html", "text/html; charset=utf-8"},
      {"app.js", "text/javascript; charset=utf-8"},
      {"app.mjs", "text/javascript; charset=utf-8"},
      {"app.css", "text/css; charset=utf-8"},
      {"data.json", "application/json"},
      {"app.js.map", "application/json"},
      {"logo.svg", "image/svg+xml"},
      {"logo.png", "image/png"},
      {"photo.jpg", "image/jpeg"},
      {"photo.jpeg", "image/jpeg"},
      {"favicon.ico", "image/x-icon"},
      {"font.woff2", "font/woff2"},
      {"font.woff", "font/woff"},
      {"site.webmanifest", "application/manifest+json"},
      {"module.wasm", "application/wasm"},
      {"robots.txt", "text/plain; charset=utf-8"},
      {"archive.tar.gz", "application/octet-stream"},
      {"README", "application/octet-stream"},
  };
  for (const auto& [name, type] : cases) EXPECT_EQ(ContentTypeFor(name), type) << name;
}

}  // namespace
}  // namespace attache::http
