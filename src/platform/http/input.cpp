#include "platform/http/input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "core/strings.hpp"

namespace attache::http {
namespace {

// The JSON pointer (RFC 6901) of a top-level key: `~` and `/` escaped.
std::string Pointer(std::string_view key) {
  std::string pointer = "/";
  for (const char c : key) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer.push_back(c);
    }
  }
  return pointer;
}

constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64Url(std::string_view bytes) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kBase64Url[(buffer >> bits) & 0x3f]);
    }
  }
  if (bits > 0) out.push_back(kBase64Url[(buffer << (6 - bits)) & 0x3f]);
  return out;
}

std::optional<std::string> FromBase64Url(std::string_view text) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (const char c : text) {
    const auto value = kBase64Url.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xff));
    }
  }
  return out;
}

// C0 controls other than tab, line feed and carriage return: U+0000 would even cut a value short
// on its way to PostgreSQL.
bool HasControlCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
}

}  // namespace

std::string JoinList(std::span<const std::string_view> names) {
  std::string list;
  for (const auto name : names) list += (list.empty() ? "" : ", ") + std::string(name);
  return list;
}

Result<nlohmann::json> ParseJsonObject(const Request& request, bool merge_patch) {
  const std::string_view type = request.headers.Get("Content-Type").value_or("");
  const std::string_view media = Trim(type.substr(0, type.find(';')));
  const bool json = EqualsIgnoreCase(media, "application/json") ||
                    (merge_patch && EqualsIgnoreCase(media, "application/merge-patch+json"));
  if (!json) {
    return Fail(
        ErrorCode::kUnsupportedMediaType,
        {merge_patch ? "Send the body as application/json or application/merge-patch+json."
                     : "Send the body as application/json.",
         merge_patch ? "Отправьте тело как application/json или application/merge-patch+json."
                     : "Отправьте тело как application/json."});
  }
  try {
    auto body = nlohmann::json::parse(request.body);
    if (!body.is_object()) {
      return Fail(ErrorCode::kBadRequest,
                  {"The body must be a JSON object.", "Тело запроса должно быть объектом JSON."});
    }
    return body;
  } catch (const nlohmann::json::parse_error& e) {
    return Fail(ErrorCode::kBadRequest,
                {fmt::format("The body is not valid JSON (at byte {}).", e.byte),
                 fmt::format("Тело запроса — некорректный JSON (байт {}).", e.byte)});
  } catch (const nlohmann::json::exception& e) {  // a number out of range, and the like
    return Fail(ErrorCode::kBadRequest,
                {fmt::format("The body is not usable JSON: {}", e.what()),
                 fmt::format("Тело запроса — непригодный JSON: {}", e.what())});
  }
}

Maybe<std::string> BodyReader::Secret(std::string_view key, size_t max_bytes, bool required) {
  Maybe<std::string> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null() ||
      (found->is_string() && found->get_ref<const std::string&>().empty())) {
    if (found != object_.end() && found->is_null()) out.state = Maybe<std::string>::State::kNull;
    if (required) AddError(key, {"Required.", "Обязательное поле."});
    return out;
  }
  if (!found->is_string()) {
    AddError(key, {"Must be a string.", "Должно быть строкой."});
    return out;
  }
  out.value = found->get<std::string>();
  if (out.value.size() > max_bytes) {
    AddError(key, {fmt::format("At most {} bytes.", max_bytes),
                   fmt::format("Не более {} байт.", max_bytes)});
    return out;
  }
  out.state = Maybe<std::string>::State::kValue;
  return out;
}

Maybe<int64_t> BodyReader::Integer(std::string_view key, int64_t min, int64_t max, bool required) {
  Maybe<int64_t> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<int64_t>::State::kNull;
    if (required) AddError(key, {"Required.", "Обязательное поле."});
    return out;
  }
  if (!found->is_number_integer()) {
    AddError(key, {"Must be an integer.", "Должно быть целым числом."});
    return out;
  }
  if (found->is_number_unsigned() && found->get<uint64_t>() > uint64_t{INT64_MAX}) {
    AddError(key, {fmt::format("Must be between {} and {}.", min, max),
                   fmt::format("Должно быть от {} до {}.", min, max)});
    return out;
  }
  const auto value = found->get<int64_t>();
  if (value < min || value > max) {
    AddError(key, {fmt::format("Must be between {} and {}.", min, max),
                   fmt::format("Должно быть от {} до {}.", min, max)});
    return out;
  }
  out.value = value;
  out.state = Maybe<int64_t>::State::kValue;
  return out;
}

Maybe<bool> BodyReader::Boolean(std::string_view key) {
  Maybe<bool> out;
  const auto found = object_.find(key);
  if (found == object_.end()) return out;
  if (!found->is_boolean()) {
    AddError(key, {"Must be true or false.", "Должно быть true или false."});
    return out;
  }
  out.value = found->get<bool>();
  out.state = Maybe<bool>::State::kValue;
  return out;
}

Maybe<std::vector<std::string>> BodyReader::StringList(std::string_view key, size_t max_items,
                                                       size_t max_chars) {
  Maybe<std::vector<std::string>> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<std::vector<std::string>>::State::kNull;
    return out;
  }
  if (!found->is_array()) {
    AddError(key, {"Must be an array of strings.", "Должно быть массивом строк."});
    return out;
  }
  if (found->size() > max_items) {
    AddError(key, {fmt::format("At most {} items.", max_items),
                   fmt::format("Не более {} элементов.", max_items)});
    return out;
  }
  bool ok = true;
  for (size_t i = 0; i < found->size(); ++i) {
    const auto& item = (*found)[i];
    const std::string pointer = PointerOf(key) + "/" + std::to_string(i);
    if (!item.is_string()) {
      errors_.push_back({pointer, "", {"Must be a string.", "Должно быть строкой."}});
      ok = false;
      continue;
    }
    std::string value(Trim(item.get_ref<const std::string&>()));
    if (HasControlCharacter(value) || CountChars(value) > max_chars) {
      errors_.push_back({pointer,
                         "",
                         {fmt::format("At most {} characters, no control characters.", max_chars),
                          fmt::format("Не более {} символов, без управляющих.", max_chars)}});
      ok = false;
      continue;
    }
    out.value.push_back(std::move(value));
  }
  if (ok) out.state = Maybe<std::vector<std::string>>::State::kValue;
  return out;
}

Maybe<std::string> BodyReader::String(std::string_view key, size_t max_chars, bool required) {
  Maybe<std::string> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<std::string>::State::kNull;
    if (required) AddError(key, {"Required.", "Обязательное поле."});
    return out;
  }
  if (!found->is_string()) {
    AddError(key, {"Must be a string.", "Должно быть строкой."});
    return out;
  }
  out.value = std::string(Trim(found->get_ref<const std::string&>()));
  if (HasControlCharacter(out.value)) {
    AddError(key, {"Contains a control character.", "Содержит управляющий символ."});
    return out;
  }
  if (CountChars(out.value) > max_chars) {
    AddError(key, {fmt::format("At most {} characters.", max_chars),
                   fmt::format("Не более {} символов.", max_chars)});
    return out;
  }
  if (required && out.value.empty()) {
    AddError(key, {"Required.", "Обязательное поле."});
    return out;
  }
  out.state = Maybe<std::string>::State::kValue;
  return out;
}

Maybe<attache::Date> BodyReader::CalendarDate(std::string_view key, bool required) {
  // Read with a generous limit, so an overlong value is told what a date looks like.
  const Maybe<std::string> text = String(key, 64, required);
  Maybe<attache::Date> out;
  out.state = static_cast<Maybe<attache::Date>::State>(text.state);
  if (text.state != Maybe<std::string>::State::kValue) return out;
  if (text.value.empty()) {
    out.state = Maybe<attache::Date>::State::kNull;
    return out;
  }
  if (auto date = ParseDate(text.value)) {
    out.value = *date;
    return out;
  }
  AddError(key, {"Must be a date as YYYY-MM-DD.", "Должно быть датой в формате ГГГГ-ММ-ДД."});
  out.state = Maybe<attache::Date>::State::kAbsent;
  return out;
}

Maybe<size_t> BodyReader::Objects(std::string_view key, size_t max_items,
                                  std::span<const std::string_view> known,
                                  const std::function<void(BodyReader& item)>& read) {
  Maybe<size_t> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<size_t>::State::kNull;
    return out;
  }
  if (!found->is_array()) {
    AddError(key, {"Must be an array of objects.", "Должно быть массивом объектов."});
    return out;
  }
  if (found->size() > max_items) {
    AddError(key, {fmt::format("At most {} items.", max_items),
                   fmt::format("Не более {} элементов.", max_items)});
    return out;
  }
  const size_t errors_before = errors_.size();
  for (size_t i = 0; i < found->size(); ++i) {
    const std::string pointer = PointerOf(key) + "/" + std::to_string(i);
    const auto& item = (*found)[i];
    if (!item.is_object()) {
      errors_.push_back({pointer, "", {"Must be an object.", "Должно быть объектом."}});
      continue;
    }
    BodyReader reader(item, pointer);
    read(reader);
    if (auto ok = reader.Finish(known); !ok) {
      for (FieldError& error : ok.error().fields) errors_.push_back(std::move(error));
    }
  }
  if (errors_.size() == errors_before) {
    out.state = Maybe<size_t>::State::kValue;
    out.value = found->size();
  }
  return out;
}

Maybe<bool> BodyReader::Object(std::string_view key, std::span<const std::string_view> known,
                               const std::function<void(BodyReader& object)>& read) {
  Maybe<bool> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<bool>::State::kNull;
    return out;
  }
  if (!found->is_object()) {
    AddError(key, {"Must be an object.", "Должно быть объектом."});
    return out;
  }
  BodyReader reader(*found, PointerOf(key));
  read(reader);
  if (auto ok = reader.Finish(known); !ok) {
    for (FieldError& error : ok.error().fields) errors_.push_back(std::move(error));
    return out;
  }
  out.state = Maybe<bool>::State::kValue;
  out.value = true;
  return out;
}

Maybe<std::vector<int64_t>> BodyReader::IdList(std::string_view key, size_t max_items) {
  Maybe<std::vector<int64_t>> out;
  const auto found = object_.find(key);
  if (found == object_.end() || found->is_null()) {
    if (found != object_.end()) out.state = Maybe<std::vector<int64_t>>::State::kNull;
    return out;
  }
  if (!found->is_array() || found->size() > max_items) {
    AddError(key, {fmt::format("Must be an array of at most {} ids.", max_items),
                   fmt::format("Должно быть массивом не более чем из {} номеров.", max_items)});
    return out;
  }
  bool ok = true;
  for (size_t i = 0; i < found->size(); ++i) {
    const auto& item = (*found)[i];
    if (!item.is_number_integer() || item.get<int64_t>() < 1) {
      errors_.push_back({PointerOf(key) + "/" + std::to_string(i),
                         "",
                         {"Must be a positive whole number.", "Должно быть целым положительным."}});
      ok = false;
      continue;
    }
    out.value.push_back(item.get<int64_t>());
  }
  if (ok) out.state = Maybe<std::vector<int64_t>>::State::kValue;
  return out;
}

std::string BodyReader::PointerOf(std::string_view key) const { return prefix_ + Pointer(key); }

void BodyReader::AddError(std::string_view key, Text message) {
  errors_.push_back(FieldError{PointerOf(key), {}, std::move(message)});
}

void BodyReader::AddEnumError(std::string_view key, const std::string& allowed) {
  AddError(key, {fmt::format("Must be one of: {}.", allowed),
                 fmt::format("Допустимые значения: {}.", allowed)});
}

Status BodyReader::Finish(std::span<const std::string_view> known) {
  for (const auto& [key, value] : object_.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      AddError(key, {"Unknown field.", "Неизвестное поле."});
    }
  }
  if (errors_.empty()) return {};
  return FailValidation(std::move(errors_));
}

QueryReader::QueryReader(const Request& request) {
  if (auto parsed = ParseQuery(request.query)) {
    params_ = std::move(*parsed);
  } else {
    errors_.push_back(
        FieldError{{}, "?", {"Malformed query string.", "Некорректная строка запроса."}});
  }
  used_.assign(params_.size(), false);
}

std::optional<std::string> QueryReader::Take(std::string_view name) {
  std::optional<std::string> value;
  int value_count = 0;
  for (size_t i = 0; i < params_.size(); ++i) {
    if (params_[i].first != name) continue;
    if (value && value_count == 1) {
      AddError(name, {"Given more than once.", "Указан более одного раза."});
    }
    ++value_count;
    used_[i] = true;
    value = params_[i].second;
  }
  return value;
}

std::optional<std::string> QueryReader::String(std::string_view name, size_t max_chars) {
  auto value = Take(name);
  if (!value) return std::nullopt;
  std::string trimmed(Trim(*value));
  if (HasControlCharacter(trimmed)) {
    AddError(name, {"Contains a control character.", "Содержит управляющий символ."});
    return std::nullopt;
  }
  if (CountChars(trimmed) > max_chars) {
    AddError(name, {fmt::format("At most {} characters.", max_chars),
                    fmt::format("Не более {} символов.", max_chars)});
    return std::nullopt;
  }
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

std::string QueryReader::Sort(std::span<const std::string_view> allowed,
                              std::string_view fallback) {
  const auto value = Take("sort");
  if (!value || value->empty()) return std::string(fallback);
  const std::string_view field =
      value->starts_with('-') ? std::string_view(*value).substr(1) : *value;
  if (std::find(allowed.begin(), allowed.end(), field) != allowed.end()) return *value;
  const std::string list = JoinList(allowed);
  AddError("sort", {fmt::format("Must be one of: {} (with - for descending order).", list),
                    fmt::format("Допустимые значения: {} (с «-» для обратного порядка).", list)});
  return std::string(fallback);
}

std::optional<int64_t> QueryReader::UserId(std::string_view name, std::optional<int64_t> me) {
  const auto text = String(name, 20);
  if (!text) return std::nullopt;
  if (*text == "me") return me.value_or(0);
  if (auto id = ParsePositive(*text)) return id;
  AddError(name, {"A user id, or me.", "Номер пользователя или me."});
  return std::nullopt;
}

std::vector<std::string> QueryReader::Countries(std::string_view name) {
  std::vector<std::string> codes;
  const auto countries = String(name, 200);
  if (!countries) return codes;
  for (const std::string_view code : SplitList(*countries, ',')) {
    std::string upper = AsciiUpper(Trim(code));
    if (upper.size() != 2) {
      AddError(name, {"Comma-separated ISO 3166-1 codes of two letters.",
                      "Коды ISO 3166-1 из двух букв через запятую."});
      return {};
    }
    codes.push_back(std::move(upper));
  }
  return codes;
}

std::optional<Date> QueryReader::CalendarDate(std::string_view name) {
  const auto text = String(name, 10);
  if (!text) return std::nullopt;
  auto date = ParseDate(*text);
  if (!date) AddError(name, {"A date: YYYY-MM-DD.", "Дата: ГГГГ-ММ-ДД."});
  return date;
}

std::optional<int64_t> QueryReader::Id(std::string_view name) {
  const auto text = Take(name);
  if (!text) return std::nullopt;
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
  if (ec != std::errc() || end != text->data() + text->size() || id < 1) {
    AddError(name, {"Must be a positive integer id.", "Должен быть положительным целым числом."});
    return std::nullopt;
  }
  return id;
}

std::optional<bool> QueryReader::Boolean(std::string_view name) {
  const auto text = Take(name);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  AddError(name, {"Must be true or false.", "Должно быть true или false."});
  return std::nullopt;
}

int QueryReader::Limit(int fallback, int max) {
  const auto value = Take("limit");
  if (!value) return fallback;
  int limit = 0;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), limit);
  if (ec != std::errc() || end != value->data() + value->size() || limit < 1 || limit > max) {
    AddError("limit", {fmt::format("Must be a whole number from 1 to {}.", max),
                       fmt::format("Должно быть целым числом от 1 до {}.", max)});
    return fallback;
  }
  return limit;
}

int64_t QueryReader::Offset() {
  const auto value = Take("cursor");
  if (!value || value->empty()) return 0;
  if (auto offset = DecodeCursor(*value)) return *offset;
  AddError("cursor", {"Not a cursor this server gave out.", "Этот курсор выдан не этим сервером."});
  return 0;
}

void QueryReader::AddError(std::string_view name, Text message) {
  errors_.push_back(FieldError{{}, std::string(name), std::move(message)});
}

void QueryReader::AddEnumError(std::string_view name, std::string_view value,
                               const std::string& allowed) {
  AddError(name, {fmt::format("'{}' is not one of: {}.", value, allowed),
                  fmt::format("«{}» — недопустимое значение; допустимые: {}.", value, allowed)});
}

Status QueryReader::Finish() {
  for (size_t i = 0; i < params_.size(); ++i) {
    if (!used_[i]) AddError(params_[i].first, {"Unknown parameter.", "Неизвестный параметр."});
  }
  if (errors_.empty()) return {};
  return tl::unexpected(
      Error{ErrorCode::kBadRequest,
            {"The query has invalid parameters.", "В параметрах запроса есть ошибки."},
            std::move(errors_),
            {}});
}

std::string EncodeCursor(int64_t offset) { return Base64Url(fmt::format("o:{}", offset)); }

std::optional<int64_t> DecodeCursor(std::string_view cursor) {
  const auto text = FromBase64Url(cursor);
  if (!text || !text->starts_with("o:")) return std::nullopt;
  int64_t offset = 0;
  const auto [end, ec] = std::from_chars(text->data() + 2, text->data() + text->size(), offset);
  if (ec != std::errc() || end != text->data() + text->size() || offset < 0) return std::nullopt;
  return offset;
}

std::optional<int64_t> IdParam(const Request& request, std::string_view name) {
  const std::string_view text = request.PathParam(name);
  int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id < 1) return std::nullopt;
  return id;
}

}  // namespace attache::http
