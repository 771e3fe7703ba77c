#include "core/media_type.hpp"

#include <array>
#include <cstdint>

namespace attache {
namespace {

bool Has(std::string_view bytes, std::string_view needle) {
  return bytes.find(needle) != std::string_view::npos;
}

// A ZIP archive's entry names are in its local headers and its central directory: an Office
// Open XML file names its main part, an OpenDocument file starts with its `mimetype` entry.
std::optional<MediaType> SniffZip(std::string_view bytes) {
  if (Has(bytes, "word/document.xml")) {
    return MediaType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "docx"};
  }
  if (Has(bytes, "xl/workbook.xml")) {
    return MediaType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"};
  }
  if (Has(bytes, "ppt/presentation.xml")) {
    return MediaType{"application/vnd.openxmlformats-officedocument.presentationml.presentation",
                     "pptx"};
  }
  const std::string_view head = bytes.substr(0, 128);
  if (Has(head, "mimetypeapplication/vnd.oasis.opendocument.text")) {
    return MediaType{"application/vnd.oasis.opendocument.text", "odt"};
  }
  if (Has(head, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
    return MediaType{"application/vnd.oasis.opendocument.spreadsheet", "ods"};
  }
  return std::nullopt;  // some other archive
}

// Well-formed UTF-8 without control characters other than tab, line feed, carriage return and
// form feed; markup is not text here (it could run as a page if ever served inline).
bool IsPlainText(std::string_view bytes) {
  size_t i = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) i = 3;
  while (i < bytes.size()) {
    const auto c = static_cast<uint8_t>(bytes[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
      if (c == 0x7F) return false;
      ++i;
      continue;
    }
    size_t length = 0;
    if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      length = 2;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      length = 4;
    } else {
      return false;
    }
    if (i + length > bytes.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<uint8_t>(bytes[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  const std::string_view head = bytes.substr(0, 512);
  for (const std::string_view markup :
       {"<html", "<HTML", "<!DOCTYPE", "<!doctype", "<script", "<SCRIPT", "<svg", "<?xml"}) {
    if (Has(head, markup)) return false;
  }
  return true;
}

}  // namespace

std::optional<MediaType> SniffMediaType(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  if (bytes.starts_with("%PDF-")) return MediaType{"application/pdf", "pdf"};
  if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return MediaType{"image/png", "png"};
  if (bytes.starts_with("\xFF\xD8\xFF")) return MediaType{"image/jpeg", "jpg"};
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) {
    return MediaType{"image/gif", "gif"};
  }
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") {
    return MediaType{"image/webp", "webp"};
  }
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) return SniffZip(bytes);
  if (IsPlainText(bytes)) return MediaType{"text/plain", "txt"};
  return std::nullopt;
}

}  // namespace attache
