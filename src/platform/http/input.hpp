// Reading requests: JSON object bodies and list query strings, field by field, collecting one
// FieldError per problem so a client learns every mistake at once. Bodies: wrong types and
// unknown fields -> 422 with JSON pointers. Query strings: bad values and unknown parameters ->
// 400 naming the parameter.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/strings.hpp"
#include "core/time.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

template <class E>
using EnumNames = std::span<const std::pair<std::string_view, E>>;

// "a, b, c": the names a client may use, for error messages.
std::string JoinList(std::span<const std::string_view> names);
template <class E>
std::string JoinNames(EnumNames<E> names) {
  std::vector<std::string_view> list;
  for (const auto& [name, value] : names) list.push_back(name);
  return JoinList(list);
}

// A body field that may be absent (leave as is), null (clear) or set.
template <class T>
struct Maybe {
  enum class State { kAbsent, kNull, kValue } state = State::kAbsent;
  T value{};
  bool absent() const { return state == State::kAbsent; }
};

// The value of a field, if it has one (absent and null are both nullopt).
template <class T>
std::optional<T> ValueOf(const Maybe<T>& field) {
  return field.state == Maybe<T>::State::kValue ? std::optional<T>(field.value) : std::nullopt;
}

// A text field where empty means absent.
inline std::optional<std::string> NonEmptyValueOf(Maybe<std::string> field) {
  if (field.state != Maybe<std::string>::State::kValue || field.value.empty()) return std::nullopt;
  return std::move(field.value);
}

// The patch form of a field: absent -> nullopt, null -> {nullopt}, value -> {value}.
template <class T>
std::optional<std::optional<T>> PatchOf(const Maybe<T>& field) {
  if (field.absent()) return std::nullopt;
  return ValueOf(field);
}

// The body as a JSON object: kUnsupportedMediaType unless application/json (or, when allowed,
// application/merge-patch+json); kBadRequest when it is not JSON or not an object.
Result<nlohmann::json> ParseJsonObject(const Request& request, bool merge_patch = false);

class BodyReader {
 public:
  explicit BodyReader(const nlohmann::json& object) : object_(object) {}
  // A reader of an object inside the body: its errors' pointers start with `prefix`.
  BodyReader(const nlohmann::json& object, std::string prefix)
      : object_(object), prefix_(std::move(prefix)) {}

  // A string of at most `max_chars`, trimmed of surrounding blanks; null counts as absent.
  Maybe<std::string> String(std::string_view key, size_t max_chars, bool required = false);
  // A string taken exactly as sent (passwords): not trimmed, at most `max_bytes`.
  Maybe<std::string> Secret(std::string_view key, size_t max_bytes, bool required = false);
  Maybe<int64_t> Integer(std::string_view key, int64_t min, int64_t max, bool required = false);
  Maybe<bool> Boolean(std::string_view key);
  // An array of strings (each trimmed, at most `max_chars`), at most `max_items` of them.
  Maybe<std::vector<std::string>> StringList(std::string_view key, size_t max_items,
                                             size_t max_chars);
  Maybe<Date> CalendarDate(std::string_view key, bool required = false);
  // An array of at most `max_items` objects: `read` gets a reader for each item (whose errors
  // point inside the array), then unknown keys of the item are errors. The value is the count.
  Maybe<size_t> Objects(std::string_view key, size_t max_items,
                        std::span<const std::string_view> known,
                        const std::function<void(BodyReader& item)>& read);
  // An object: `read` gets a reader for it (whose errors point inside it), then its unknown keys
  // are errors. The value is true when it was read without errors.
  Maybe<bool> Object(std::string_view key, std::span<const std::string_view> known,
                     const std::function<void(BodyReader& object)>& read);
  // An array of at most `max_items` positive integers (record ids).
  Maybe<std::vector<int64_t>> IdList(std::string_view key, size_t max_items);
  template <class E>
  Maybe<E> Enum(std::string_view key, EnumNames<E> names, bool required = false) {
    Maybe<std::string> text = String(key, 200, required);
    Maybe<E> out;
    out.state = static_cast<typename Maybe<E>::State>(text.state);
    if (text.state != Maybe<std::string>::State::kValue) return out;
    for (const auto& [name, value] : names) {
      if (name == text.value) {
        out.value = value;
        return out;
      }
    }
    AddEnumError(key, JoinNames(names));
    out.state = Maybe<E>::State::kAbsent;
    return out;
  }

  void AddError(std::string_view key, Text message);
  bool ok() const { return errors_.empty(); }
  // Adds an error for every key not in `known`; then 422 if anything was wrong.
  Status Finish(std::span<const std::string_view> known);
  Status Finish(std::initializer_list<std::string_view> known) {
    return Finish(std::span<const std::string_view>(known.begin(), known.size()));
  }

 private:
  void AddEnumError(std::string_view key, const std::string& allowed);

  std::string PointerOf(std::string_view key) const;

  const nlohmann::json& object_;
  std::string prefix_;
  std::vector<FieldError> errors_;
};

// Reads `?q=&status=a,b&sort=-name&limit=&cursor=` style parameters.
class QueryReader {
 public:
  explicit QueryReader(const Request& request);

  std::optional<std::string> String(std::string_view name, size_t max_chars);
  // Values of `names`, comma-separated, each once; `also` (such as `open`) may stand among them
  // and sets `*also_seen`.
  template <class E>
  std::vector<E> EnumList(std::string_view name, EnumNames<E> names, std::string_view also = {},
                          bool* also_seen = nullptr) {
    std::vector<E> values;
    const auto text = Take(name);
    if (!text) return values;
    for (std::string_view item : SplitList(*text, ',')) {
      item = Trim(item);
      if (also_seen != nullptr && item == also) {
        *also_seen = true;
        continue;
      }
      bool found = false;
      for (const auto& [known, value] : names) {
        if (known != item) continue;
        found = true;
        // Each value once: the list becomes SQL, whose variants must stay few.
        if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
      }
      if (!found) {
        AddEnumError(name, item,
                     also_seen ? std::string(also) + ", " + JoinNames(names) : JoinNames(names));
      }
    }
    return values;
  }
  // One of `allowed`, each also accepted with a `-` prefix for descending order.
  std::string Sort(std::span<const std::string_view> allowed, std::string_view fallback);
  // A positive integer id (`?user=7`).
  std::optional<int64_t> Id(std::string_view name);
  // A user: `me` (the caller, `me`) or a user id.
  std::optional<int64_t> UserId(std::string_view name, std::optional<int64_t> me);
  // `country=VN,TR`: upper-case ISO 3166-1 codes of two letters; an error naming the parameter
  // otherwise.
  std::vector<std::string> Countries(std::string_view name = "country");
  // `YYYY-MM-DD`, or an error naming the parameter.
  std::optional<Date> CalendarDate(std::string_view name);
  // `true` or `false`.
  std::optional<bool> Boolean(std::string_view name);
  int Limit(int fallback = 50, int max = 500);
  // The offset a `cursor` from a previous page points at; 0 without one.
  int64_t Offset();

  void AddError(std::string_view name, Text message);
  // Errors for parameters nobody asked for; then 400 if anything was wrong.
  Status Finish();

 private:
  std::optional<std::string> Take(std::string_view name);
  void AddEnumError(std::string_view name, std::string_view value, const std::string& allowed);

  QueryParams params_;
  std::vector<bool> used_;
  std::vector<FieldError> errors_;
};

// The positive integer id in path parameter `name`; nullopt for anything else.
std::optional<int64_t> IdParam(const Request& request, std::string_view name = "id");

// The opaque cursor of the page that starts at `offset`.
std::string EncodeCursor(int64_t offset);
std::optional<int64_t> DecodeCursor(std::string_view cursor);

}  // namespace attache::http
