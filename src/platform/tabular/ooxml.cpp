#include "platform/tabular/ooxml.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>

namespace attache::tabular::ooxml {
namespace {

// Bounds a small upload from inflating into gigabytes of XML.
constexpr uint64_t kMaxPartBytes = uint64_t{1} << 30;

// Whether an _xHHHH_ escape starts at `at`; its code in `code`.
bool EscapeAt(std::string_view text, size_t at, unsigned& code) {
  if (text.substr(at, 2) != "_x" || at + 7 > text.size() || text[at + 6] != '_') return false;
  const char* digits = text.data() + at + 2;
  const auto parsed = std::from_chars(digits, digits + 4, code, 16);
  // NUL and lone surrogates stay as written: they are not text.
  return parsed.ptr == digits + 4 && parsed.ec == std::errc() && code != 0 &&
         (code < 0xD800 || code > 0xDFFF);
}

// Decodes _xHHHH_ (and _x005F_, an escaped underscore).
std::string Unescape(const std::string& text) {
  if (text.find("_x") == std::string::npos) return text;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    if (EscapeAt(text, i, code)) {
      uint8_t utf8[U8_MAX_LENGTH];
      size_t length = 0;
      U8_APPEND_UNSAFE(utf8, length, code);
      out.append(reinterpret_cast<const char*>(utf8), length);
      i += 6;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

struct RelationshipsHandler final : XmlHandler {
  void Start(std::string_view name, const XmlAttributes& attributes) override {
    if (name != "Relationship") return;
    relationships.push_back({std::string(attributes.Get("Id")), std::string(attributes.Get("Type")),
                             std::string(attributes.Get("Target"))});
  }
  void End(std::string_view) override {}
  std::vector<Relationship> relationships;
};

}  // namespace

Status ParsePart(ZipReader& zip, std::string_view part, XmlHandler& handler) {
  if (!zip.Has(part)) return NotWorkbook();
  XmlScanner scanner(handler);
  const Status read =
      zip.Read(part, kMaxPartBytes, [&](std::string_view chunk) { return scanner.Feed(chunk); });
  if (!read) return read;
  return scanner.Finish();
}

void RichText::Start(std::string_view name) {
  if (name == "rPh") ++phonetic_depth_;
  if (name == "t" && phonetic_depth_ == 0) in_text_ = true;
}

void RichText::End(std::string_view name) {
  if (name == "rPh") --phonetic_depth_;
  if (name == "t") in_text_ = false;
}

void RichText::Text(std::string_view text) {
  if (in_text_) text_.append(text);
}

std::string RichText::Take() {
  std::string text = Unescape(text_);
  text_.clear();
  return text;
}

std::string EscapeLiteralEscapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    if (EscapeAt(text, i, code)) out += "_x005F";
    out.push_back(text[i]);
  }
  return out;
}

Result<std::vector<Relationship>> ReadRelationships(ZipReader& zip, const std::string& part) {
  RelationshipsHandler handler;
  if (Status parsed = ParsePart(zip, part, handler); !parsed) return tl::unexpected(parsed.error());
  return std::move(handler.relationships);
}

const Relationship* FindByType(const std::vector<Relationship>& relationships,
                               std::string_view type_suffix) {
  const auto found =
      std::find_if(relationships.begin(), relationships.end(),
                   [&](const Relationship& r) { return r.type.ends_with(type_suffix); });
  return found == relationships.end() ? nullptr : &*found;
}

std::string ResolvePart(std::string_view folder, std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  return folder.empty() ? std::string(target) : std::string(folder) + "/" + std::string(target);
}

tl::unexpected<Error> NotWorkbook() {
  return Fail(ErrorCode::kBadRequest,
              {"The file is not an Excel workbook (.xlsx): it has no worksheet.",
               "Файл не является книгой Excel (.xlsx): в нём нет листа."});
}

}  // namespace attache::tabular::ooxml
