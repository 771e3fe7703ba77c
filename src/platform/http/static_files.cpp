#include "platform/http/static_files.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "platform/http/etag.hpp"
#include "platform/http/problem.hpp"

namespace attache::http {
namespace {

constexpr std::string_view kNoUi =
    "<!doctype html><meta charset=utf-8><title>Attaché</title>"
    "<p>The web UI is not built. Run <code>make run</code>, or <code>npm --prefix web run "
    "build</code> "
    "and start the server with <code>--web-root web/dist</code>. The API is at "
    "<code>/api/v1</code>.";

}  // namespace

std::string_view ContentTypeFor(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".wasm", "application/wasm"},
  };
  for (const auto& [extension, type] : kTypes) {
    if (name.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

Result<StaticFiles> StaticFiles::Load(const std::filesystem::path& root) {
  StaticFiles files;
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return files;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in && !in.eof()) {
      return Fail(ErrorCode::kUnavailable,
                  {fmt::format("cannot read {}", it->path().string()),
                   fmt::format("не удалось прочитать {}", it->path().string())});
    }
    const std::string relative = "/" + std::filesystem::relative(it->path(), root).generic_string();
    File file;
    file.body = content.str();
    file.content_type = std::string(ContentTypeFor(relative));
    file.etag = BodyETag(file.body);
    file.immutable = relative.starts_with("/assets/");
    files.files_.emplace(relative, std::move(file));
  }
  if (ec) {
    return Fail(
        ErrorCode::kUnavailable,
        {fmt::format("cannot read the web UI at {}: {}", root.string(), ec.message()),
         fmt::format("не удалось прочитать веб-интерфейс {}: {}", root.string(), ec.message())});
  }
  return files;
}

Response StaticFiles::Send(const File& file, const Request& request) const {
  Response response;
  response.headers.Set("ETag", file.etag);
  response.headers.Set("Cache-Control",
                       file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (IfNoneMatch(request, file.etag)) {
    response.status = 304;
    return response;
  }
  response.headers.Set("Content-Type", file.content_type);
  response.body = file.body;
  return response;
}

Response StaticFiles::Serve(const Request& request) const {
  const std::string_view path =
      request.path == "/" ? "/index.html" : std::string_view(request.path);
  if (auto found = files_.find(path); found != files_.end()) return Send(found->second, request);
  const auto last_slash = request.path.rfind('/');
  const bool looks_like_file = request.path.find('.', last_slash) != std::string::npos;
  auto index = files_.find(std::string_view("/index.html"));
  if (looks_like_file || path.starts_with("/assets/")) {
    return ProblemResponse(
        Error{ErrorCode::kNotFound, {"No such file.", "Такого файла нет."}, {}, {}}, request);
  }
  if (index == files_.end()) {
    Response response;
    response.status = 200;
    response.headers.Set("Content-Type", "text/html; charset=utf-8");
    response.body = std::string(kNoUi);
    return response;
  }
  return Send(index->second, request);
}

}  // namespace attache::http
