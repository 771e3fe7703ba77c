// Office Open XML plumbing for the XLSX reader: parts of the zip scanned as XML, relationships
// between parts, rich text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "platform/tabular/xml_scanner.hpp"
#include "platform/tabular/zip_reader.hpp"

namespace attache::tabular::ooxml {

// Streams `part` of the zip through an XmlScanner to `handler`. Errors: the handler's, the
// zip's, or kBadRequest for a missing part or damaged XML.
Status ParsePart(ZipReader& zip, std::string_view part, XmlHandler& handler);

// The text of <t> elements in a shared or inline string: rich-text runs joined, phonetic guides
// (<rPh>, Japanese readings) left out, the _xHHHH_ escapes OOXML uses for control characters
// decoded. Feed it the events inside <si> or <is>.
class RichText {
 public:
  void Start(std::string_view name);
  void End(std::string_view name);
  void Text(std::string_view text);
  // The text collected since the last Take.
  std::string Take();

 private:
  int phonetic_depth_ = 0;
  bool in_text_ = false;
  std::string text_;
};

// Text that a reader decodes back to itself: a literal "_x0041_" becomes "_x005F_x0041_", as Excel
// writes it. libxlsxwriter escapes control characters this way but not such literals.
std::string EscapeLiteralEscapes(std::string_view text);

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
};

// The relationships of a .rels part. Errors as ParsePart's.
Result<std::vector<Relationship>> ReadRelationships(ZipReader& zip, const std::string& part);

// The first relationship whose type ends with `type_suffix` ("/worksheet"); null when none.
const Relationship* FindByType(const std::vector<Relationship>& relationships,
                               std::string_view type_suffix);

// The zip path of a relationship's target, which is relative to the folder of the part naming
// it unless it starts with '/'.
std::string ResolvePart(std::string_view folder, std::string_view target);

tl::unexpected<Error> NotWorkbook();

}  // namespace attache::tabular::ooxml
