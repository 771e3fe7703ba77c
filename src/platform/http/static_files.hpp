// Serves the built web UI (web/dist) from memory: correct types, strong ETags with 304, hashed
// assets under /assets/ cached for a year as immutable, index.html revalidated every time and
// returned for client-side routes (paths without a file extension).
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>

#include "core/error.hpp"
#include "core/strings.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

class StaticFiles {
 public:
  // Reads every file under `root`. A missing root is allowed (the API works without the UI; the
  // pages then say how to build it).
  static Result<StaticFiles> Load(const std::filesystem::path& root);

  Response Serve(const Request& request) const;
  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string body;
    std::string content_type;
    std::string etag;
    bool immutable = false;
  };
  Response Send(const File& file, const Request& request) const;

  std::unordered_map<std::string, File, StringHash, std::equal_to<>> files_;
};

// The Content-Type for a file name, by extension.
std::string_view ContentTypeFor(std::string_view name);

}  // namespace attache::http
