#include "text/organisation_key.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "core/strings.hpp"
#include "text/normalize.hpp"
#include "text/transliterate.hpp"

namespace attache::text {
namespace {

// Long enough to tell names apart, short enough to absorb endings: Касперского and Kaspersky
// differ only after "kaspar".
constexpr size_t kTokenLength = 6;

// Legal forms, dropped wherever they stand (registries write "Яндекс ООО" as often as
// "ООО Яндекс"). Spelled-out forms are matched as whole phrases only, as their words
// (государственное, общество) also occur in real names.
constexpr std::string_view kLegalForms[] = {
    // Russian, also as written in Latin letters
    "ооо", "оао", "зао", "пао", "ао", "нао", "ип", "фгуп", "гуп", "муп", "ано", "нко", "фгбу",
    "фгау", "фгаоу", "фгбоу", "во", "тоо", "ooo", "oao", "zao", "pao", "ao", "nao",
    // English, German, French, Dutch, Scandinavian, Italian, Asian
    "llc", "ltd", "limited", "inc", "incorporated", "jsc", "pjsc", "cjsc", "ojsc", "corp",
    "corporation", "co", "llp", "plc", "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "oy", "ab",
    "spa", "pte", "pty", "ltda",
    // English forms as Russian registries spell them
    "инк", "лтд", "лимитед", "инкорпорейтед", "гмбх"};

constexpr std::string_view kLegalPhrases[] = {"общество с ограниченной ответственностью",
                                              "акционерное общество",
                                              "публичное акционерное общество",
                                              "непубличное акционерное общество",
                                              "открытое акционерное общество",
                                              "закрытое акционерное общество",
                                              "индивидуальный предприниматель",
                                              "федеральное государственное унитарное предприятие",
                                              "государственное унитарное предприятие",
                                              "муниципальное унитарное предприятие",
                                              "автономная некоммерческая организация",
                                              "некоммерческая организация",
                                              "федеральное государственное бюджетное учреждение",
                                              "limited liability company",
                                              "limited liability partnership",
                                              "public limited company",
                                              "joint stock company"};

// Words that say what kind of organisation it is, mapped to one token across languages so that
// "Лаборатория" and "Lab" agree. A prefix entry also takes the word's inflections and plurals
// (лаборатории, technologies). An empty token drops the word: "group", "holding",
// "international" and the like decorate a name (Softline Group, ГК Софтлайн, Софтлайн) rather
// than tell two organisations apart.
struct GenericWord {
  std::string_view word;
  std::string_view token;
  bool prefix = false;
};

constexpr GenericWord kGenericWords[] = {
    {"лаборатори", "lab", true},
    {"laborator", "lab", true},
    {"lab", "lab"},
    {"labs", "lab"},
    {"лаб", "lab"},
    {"технолог", "tech", true},
    {"текнолодж", "tech", true},
    {"technolog", "tech", true},
    {"tech", "tech"},
    {"систем", "sys", true},
    {"system", "sys", true},
    {"решени", "sol", true},
    {"solution", "sol", true},
    {"сервис", "serv", true},
    {"service", "serv", true},
    {"центр", "center", true},
    {"center", "center"},
    {"centre", "center"},
    {"институт", "inst", true},
    {"institut", "inst", true},
    {"университет", "univ", true},
    {"universit", "univ", true},
    {"росси", "rus", true},
    {"russia", "rus", true},
    // decorations
    {"групп", "", true},
    {"груп", ""},
    {"group", ""},
    {"гк", ""},
    {"холдинг", ""},
    {"holding", ""},
    {"international", ""},
    {"интернешнл", ""},
    {"нпф", ""},
    {"нпп", ""},
    {"npf", ""},
    {"компани", "", true},
    {"company", ""},
    {"companies", ""},
    // joining words
    {"и", ""},
    {"and", ""},
    {"of", ""},
    {"the", ""},
};

bool IsWordChar(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

bool IsApostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC || c == 0x60; }

// Words of folded text. Apostrophes join (O'Reilly -> oreilly); a dotted abbreviation is one
// word (S.A. -> sa, Co. -> co) while a dot between words splits them (Яндекс.Маркет).
std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> words;
  std::string word;
  bool in_abbreviation = false;  // the last word was a letter followed by a dot
  auto finish = [&](UChar32 separator) {
    if (word.empty()) return;
    const bool single = CountChars(word) == 1;
    if (in_abbreviation && single) {
      words.back() += word;
    } else {
      words.push_back(word);
    }
    in_abbreviation = single && separator == '.';
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (IsWordChar(c)) {
      word.append(folded.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else if (!IsApostrophe(c)) {
      finish(c);
    }
  }
  finish(0);
  return words;
}

// How many words from `at` on a legal-form phrase covers; 0 when none starts there.
size_t LegalPhraseLength(const std::vector<std::string>& words, size_t at) {
  for (std::string_view rest : kLegalPhrases) {
    for (size_t count = 0; at + count < words.size() && rest.starts_with(words[at + count]);) {
      rest.remove_prefix(words[at + count].size());
      ++count;
      if (rest.empty()) return count;
      if (rest.front() != ' ') break;
      rest.remove_prefix(1);
    }
  }
  return 0;
}

std::optional<std::string_view> GenericToken(std::string_view word) {
  for (const GenericWord& generic : kGenericWords) {
    if (generic.prefix ? word.starts_with(generic.word) : word == generic.word) {
      return generic.token;
    }
  }
  return std::nullopt;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Spells a Latin word by its sounds so that English spellings and Russian transliterations meet:
// Yandex and yandeks both give "andaks". kh -> h as in Khabr/Habr, tch -> ch as in Watch/Вотч,
// dzh -> j as in Jet/Джет, c -> s before e/i/y and k elsewhere, x -> ks, y -> i, w -> v,
// z -> s; j stays j, as in our input it comes from English names, where it sounds like дж. Every
// vowel becomes "a", because transliteration varies vowels most (Касперского/Kaspersky,
// Вотч/Watch); repeated letters count once.
std::string Skeleton(std::string_view word) {
  // Longest first; "ch" and "zh" are here to keep their c and z from the rules below them.
  static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"shch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"ch", "ch"}, {"zh", "zh"}, {"kh", "h"},
      {"ph", "f"},    {"ck", "k"},   {"th", "t"},  {"ce", "se"}, {"ci", "si"}, {"cy", "si"},
      {"c", "k"},     {"q", "k"},    {"x", "ks"},  {"y", "i"},   {"w", "v"},   {"z", "s"},
  };
  std::string sounds;
  for (size_t i = 0; i < word.size();) {
    const std::string_view rest = word.substr(i);
    const auto spelling = std::ranges::find_if(
        kSpellings, [&](const auto& entry) { return rest.starts_with(entry.first); });
    if (spelling == std::end(kSpellings)) {
      sounds += word[i++];
    } else {
      sounds += spelling->second;
      i += spelling->first.size();
    }
  }
  std::string skeleton;
  for (const char c : sounds) {
    const char sound = IsVowel(c) ? 'a' : c;
    if (skeleton.empty() || skeleton.back() != sound) skeleton.push_back(sound);
    if (skeleton.size() == kTokenLength) break;
  }
  return skeleton;
}

}  // namespace

std::string OrganisationKey(std::string_view name) {
  const std::vector<std::string> words = Words(Fold(name));
  std::vector<std::string> tokens;
  std::string to_spell;  // the words left for transliteration, in one ICU call
  for (size_t i = 0; i < words.size(); ++i) {
    if (const size_t phrase = LegalPhraseLength(words, i); phrase > 0) {
      i += phrase - 1;
      continue;
    }
    if (std::ranges::find(kLegalForms, words[i]) != std::end(kLegalForms)) continue;
    if (const auto generic = GenericToken(words[i])) {
      if (!generic->empty()) tokens.emplace_back(*generic);
      continue;
    }
    to_spell += words[i];
    to_spell += ' ';
  }
  // Transliteration can leave the signs ь and ъ as ' and ", and split a word (東京 -> dong jing).
  std::string latin = ToLatin(to_spell);
  std::erase_if(
      latin, [](char c) { return c != ' ' && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'); });
  for (const std::string_view word : SplitList(latin, ' ')) tokens.push_back(Skeleton(word));
  std::sort(tokens.begin(), tokens.end());
  std::string key;
  for (const std::string& token : tokens) {
    if (!key.empty()) key += ' ';
    key += token;
  }
  return key;
}

}  // namespace attache::text
