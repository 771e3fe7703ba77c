#include "core/media_type.hpp"

#include <gtest/gtest.h>

#include <string>

namespace attache {
namespace {

using namespace std::string_literals;

std::string Mime(const std::string& bytes) {
  const auto type = SniffMediaType(bytes);
  return type ? std::string(type->mime) : "refused";
}

TEST(MediaType, KnownDocumentsAreToldByTheirBytes) {
  struct Case {
    std::string bytes;
    std::string mime;
  };
  const Case cases[] = {
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"s, "application/pdf"},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "image/png"},
      {"\xFF\xD8\xFF\xE0\0\x10JFIF"s, "image/jpeg"},
      {"GIF89a\x01\0\x01\0"s, "image/gif"},
      {"RIFF\x24\0\0\0WEBPVP8 "s, "image/webp"},
      {"PK\x03\x04\x14\0\x06\0[Content_Types].xml...word/document.xml"s,
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"PK\x03\x04\x14\0\x06\0[Content_Types].xml...xl/workbook.xml"s,
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"PK\x03\x04\x14\0\x06\0ppt/presentation.xml"s,
       "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
      {"PK\x03\x04\x0A\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.text"s,
       "application/vnd.oasis.opendocument.text"},
      {"Meeting notes: Hanoi, 12 March.\r\nAgreed next steps.\n", "text/plain"},
      {"\xEF\xBB\xBFИНН;Название\n7707083893;Сбербанк\n", "text/plain"},
  };
  for (const Case& c : cases) EXPECT_EQ(Mime(c.bytes), c.mime) << c.bytes.substr(0, 12);
}

TEST(MediaType, EverythingElseIsRefused) {
  const std::string refused[] = {
      "",
      "MZ\x90\0\x03\0\0\0"s,  // a Windows executable
      "\x7F"
      "ELF\x02\x01\x01"s,                   // a Linux one
      "PK\x03\x04\x14\0\0\0evil.exe"s,      // a plain archive
      "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s,  // legacy binary Office
      "<!DOCTYPE html><script>alert(1)</script>",
      "<svg onload=alert(1)>",
      "text with a \0 byte"s,
      "broken \xC3 UTF-8",
      "overlong \xC0\xAF slash",
  };
  for (const std::string& bytes : refused) EXPECT_EQ(Mime(bytes), "refused") << bytes;
}

TEST(MediaType, TheNameDoesNotCount) {
  // A PNG is a PNG whatever it is called; the type carries the extension it should have.
  const auto type = SniffMediaType("\x89PNG\r\n\x1A\nrest"s);
  ASSERT_TRUE(type);
  EXPECT_EQ(type->extension, "png");
}

}  // namespace
}  // namespace attache
