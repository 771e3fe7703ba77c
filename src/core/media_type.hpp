// What a file is, told from its bytes rather than its name: uploads are stored and served with
// the sniffed type, so a script renamed to .pdf stays what it is and is refused. Pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace attache {

struct MediaType {
  std::string_view mime;       // "application/pdf"
  std::string_view extension;  // "pdf": what the file name should end with
};

// The types documents of casework come in: PDF, PNG, JPEG, GIF, WebP, Office Open XML (DOCX,
// XLSX, PPTX), OpenDocument (ODT, ODS), and plain UTF-8 text (TXT, CSV). nullopt for anything
// else (executables, archives, HTML, legacy binary Office files) and for empty input.
std::optional<MediaType> SniffMediaType(std::string_view bytes);

}  // namespace attache
