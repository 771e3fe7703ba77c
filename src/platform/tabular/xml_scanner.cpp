#include "platform/tabular/xml_scanner.hpp"

#include <unicode/utf8.h>

#include <charconv>
#include <cstring>

#include "core/strings.hpp"
#include "platform/tabular/encoding.hpp"

namespace attache::tabular {
namespace {

// Longer text or tags than any cell holds (32,767 characters) mean a damaged or hostile part.
constexpr size_t kMaxPendingBytes = 16 << 20;
// Worksheets nest about eight deep; a bound keeps a hostile part from piling up open elements.
constexpr size_t kMaxDepth = 64;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view WithoutPrefix(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Appends a character reference's code point (the text between &# and ;) as UTF-8.
bool AppendReference(std::string_view digits, std::string& out) {
  const bool hex = digits.starts_with('x');
  if (hex) digits.remove_prefix(1);
  uint32_t code = 0;
  const char* end = digits.data() + digits.size();
  const auto parsed = std::from_chars(digits.data(), end, code, hex ? 16 : 10);
  if (digits.empty() || parsed.ptr != end || parsed.ec != std::errc() || code == 0 ||
      code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return false;
  }
  uint8_t utf8[U8_MAX_LENGTH];
  size_t length = 0;
  U8_APPEND_UNSAFE(utf8, length, code);
  out.append(reinterpret_cast<const char*>(utf8), length);
  return true;
}

// Appends character data with entities decoded and \r\n and \r turned into \n, as XML requires;
// false on an entity XML does not predefine.
bool AppendDecoded(std::string_view raw, std::string& out) {
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else if (c != '&') {
      out.push_back(c);
    } else {
      const size_t semicolon = raw.find(';', i);
      if (semicolon == std::string_view::npos) return false;
      const std::string_view entity = raw.substr(i + 1, semicolon - i - 1);
      if (entity == "amp") {
        out.push_back('&');
      } else if (entity == "lt") {
        out.push_back('<');
      } else if (entity == "gt") {
        out.push_back('>');
      } else if (entity == "quot") {
        out.push_back('"');
      } else if (entity == "apos") {
        out.push_back('\'');
      } else if (!entity.starts_with('#') || !AppendReference(entity.substr(1), out)) {
        return false;
      }
      i = semicolon;
    }
  }
  return true;
}

// Two memchr scans: find_first_of would call memchr once per byte.
bool NeedsDecoding(std::string_view raw) {
  return raw.find('&') != std::string_view::npos || raw.find('\r') != std::string_view::npos;
}

// The end of a start or end tag beginning at `at`: the '>' outside quoted attribute values.
size_t TagEnd(std::string_view text, size_t at) {
  for (size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '>') return i;
    if (text[i] == '"' || text[i] == '\'') {
      i = text.find(text[i], i + 1);
      if (i == std::string_view::npos) return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string_view XmlAttributes::Get(std::string_view name) const {
  for (size_t i = 0; i < count_; ++i) {
    const std::string_view key = entries_[i].first;
    if (!key.starts_with("xmlns") && WithoutPrefix(key) == name) return entries_[i].second;
  }
  return {};
}

tl::unexpected<Error> Damaged(std::string_view what) {
  return Fail(ErrorCode::kBadRequest, {"The workbook is damaged: " + std::string(what) + ".",
                                       "Книга повреждена: " + std::string(what) + "."});
}

Status XmlScanner::Feed(std::string_view chunk) {
  pending_.append(chunk);
  if (at_start_) {
    constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    if (pending_.size() < kByteOrderMark.size() && kByteOrderMark.starts_with(pending_)) return {};
    if (pending_.starts_with(kByteOrderMark)) pending_.erase(0, kByteOrderMark.size());
    at_start_ = false;
  }
  const std::string_view text = pending_;
  size_t at = 0;
  while (at < text.size()) {
    const size_t open = text.find('<', at);
    if (open == std::string_view::npos) break;
    if (open > at) {
      if (Status emitted = EmitText(text.substr(at, open - at)); !emitted) return emitted;
      at = open;
    }
    const auto end = Markup(text, open);
    if (!end) return tl::unexpected(end.error());
    if (*end == std::string_view::npos) break;
    at = *end;
  }
  pending_.erase(0, at);
  if (pending_.size() > kMaxPendingBytes) return Damaged("a tag or text never ends");
  return {};
}

Status XmlScanner::Finish() {
  if (!seen_root_ || !open_.empty() || pending_.find('<') != std::string::npos) {
    return Damaged("a part ends too early");
  }
  return EmitText(pending_);
}

Result<size_t> XmlScanner::Markup(std::string_view text, size_t at) {
  const std::string_view rest = text.substr(at);
  auto skip_to = [&](std::string_view terminator) -> size_t {
    const size_t end = text.find(terminator, at);
    return end == std::string_view::npos ? end : end + terminator.size();
  };
  if (rest.starts_with("<!--")) return skip_to("-->");
  if (rest.starts_with("<![CDATA[")) {
    const size_t end = skip_to("]]>");
    if (end == std::string_view::npos) return end;
    if (Status emitted = Emit(text.substr(at + 9, end - at - 12)); !emitted) {
      return tl::unexpected(emitted.error());
    }
    return end;
  }
  if (rest.starts_with("<?")) {
    const size_t end = skip_to("?>");
    if (end == std::string_view::npos) return end;
    if (Status declared = Declaration(text.substr(at, end - at)); !declared) {
      return tl::unexpected(declared.error());
    }
    return end;
  }
  if (rest.starts_with("<!")) {
    // The opening of a comment or CDATA may be cut by the end of the chunk.
    if (std::string_view("<!--").starts_with(rest) ||
        std::string_view("<![CDATA[").starts_with(rest)) {
      return std::string_view::npos;
    }
    return Damaged("a DTD is not allowed");
  }
  const size_t end = TagEnd(text, at);
  if (end == std::string_view::npos) return end;
  const std::string_view tag = text.substr(at + 1, end - at - 1);
  const Status handled = tag.starts_with('/') ? EndTag(Trim(tag.substr(1))) : StartTag(tag);
  if (!handled) return tl::unexpected(handled.error());
  return end + 1;
}

Status XmlScanner::StartTag(std::string_view tag) {
  const bool empty = tag.ends_with('/');
  if (empty) tag.remove_suffix(1);
  size_t i = 0;
  while (i < tag.size() && !IsSpace(tag[i])) ++i;
  const std::string_view name = tag.substr(0, i);
  if (name.empty()) return Damaged("a tag has no name");
  if (seen_root_ && open_.empty()) return Damaged("a part has two root elements");
  if (open_.size() == kMaxDepth) return Damaged("elements nest too deep");
  attributes_.count_ = 0;
  while (true) {
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i == tag.size()) break;
    const size_t equals = tag.find('=', i);
    if (equals == std::string_view::npos) return Damaged("an attribute has no value");
    const std::string_view key = Trim(tag.substr(i, equals - i));
    if (key.empty()) return Damaged("an attribute has no name");
    size_t quote = equals + 1;
    while (quote < tag.size() && IsSpace(tag[quote])) ++quote;
    if (quote == tag.size() || (tag[quote] != '"' && tag[quote] != '\'')) {
      return Damaged("an attribute value is not quoted");
    }
    const size_t close = tag.find(tag[quote], quote + 1);
    const std::string_view raw = tag.substr(quote + 1, close - quote - 1);
    if (attributes_.count_ == attributes_.entries_.size()) attributes_.entries_.emplace_back();
    auto& [entry_key, value] = attributes_.entries_[attributes_.count_++];
    entry_key = key;
    value.clear();
    if (!AppendDecoded(raw, value) || !ValidUtf8(value)) {
      return Damaged("an attribute is unreadable");
    }
    i = close + 1;
  }
  seen_root_ = true;
  handler_.Start(WithoutPrefix(name), attributes_);
  if (!handler_.status) return handler_.status;
  if (empty) {
    handler_.End(WithoutPrefix(name));
    return handler_.status;
  }
  open_.emplace_back(name);
  return {};
}

Status XmlScanner::EndTag(std::string_view name) {
  if (open_.empty() || open_.back() != name) {
    return Damaged("</" + std::string(name) + "> closes no open element");
  }
  open_.pop_back();
  handler_.End(WithoutPrefix(name));
  return handler_.status;
}

// Only the XML declaration matters: it may name an encoding, which must be UTF-8.
Status XmlScanner::Declaration(std::string_view instruction) {
  if (!instruction.starts_with("<?xml ")) return {};
  const size_t at = instruction.find("encoding");
  if (at == std::string_view::npos) return {};
  const size_t quote = instruction.find_first_of("\"'", at);
  const size_t close =
      quote == std::string_view::npos ? quote : instruction.find(instruction[quote], quote + 1);
  if (close == std::string_view::npos) return Damaged("the XML declaration is unreadable");
  const std::string_view encoding = instruction.substr(quote + 1, close - quote - 1);
  if (!EqualsIgnoreCase(encoding, "utf-8")) {
    return Damaged("the encoding " + std::string(encoding) + " is not supported");
  }
  return {};
}

Status XmlScanner::EmitText(std::string_view raw) {
  if (raw.empty()) return {};
  // Outside the root element only blanks may stand, between declarations and tags.
  if (open_.empty()) {
    return Trim(raw).empty() ? Status() : Damaged("text stands outside the root element");
  }
  if (!NeedsDecoding(raw)) return Emit(raw);
  decoded_.clear();
  if (!AppendDecoded(raw, decoded_)) return Damaged("text has an unknown entity");
  return Emit(decoded_);
}

Status XmlScanner::Emit(std::string_view text) {
  if (!ValidUtf8(text)) return Damaged("text is not UTF-8");
  handler_.Text(text);
  return handler_.status;
}

}  // namespace attache::tabular
