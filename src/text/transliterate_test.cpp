#include "text/transliterate.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace attache::text {
namespace {

TEST(Transliterate, SpellsRussianByBgn) {
  EXPECT_EQ(ToLatin("Яндекс"), "yandeks");
  EXPECT_EQ(ToLatin("Лаборатория Касперского"), "laboratoriya kasperskogo");
  EXPECT_EQ(ToLatin("Хабр"), "khabr");
  EXPECT_EQ(ToLatin("Щёлково"), "shchelkovo");
  EXPECT_EQ(ToLatin("Цифра"), "tsifra");
  EXPECT_EQ(ToLatin("ЖУК"), "zhuk");
}

TEST(Transliterate, LowercasesAscii) {
  EXPECT_EQ(ToLatin("Kaspersky Lab"), "kaspersky lab");
  EXPECT_EQ(ToLatin("ООО \"Ромашка\" 2"), "ooo \"romashka\" 2");
  EXPECT_EQ(ToLatin(""), "");
}

TEST(Transliterate, KeepsSignsAsAsciiPunctuation) {
  // The soft and hard signs become ' and ", which key builders drop.
  EXPECT_EQ(ToLatin("Эльбрус"), "el'brus");
  EXPECT_EQ(ToLatin("Объём"), "ob\"yem");
}

TEST(Transliterate, CoversOtherScriptsAndAccents) {
  EXPECT_EQ(ToLatin("Straße Ærø"), "strasse aero");
  EXPECT_EQ(ToLatin("Ελλάδα"), "ellada");
  EXPECT_EQ(ToLatin("Café Müller"), "cafe muller");
  EXPECT_EQ(ToLatin("東京"), "dong jing");
}

TEST(Transliterate, DropsWhatHasNoLatinSpelling) {
  EXPECT_EQ(ToLatin("Яндекс \xF0\x9F\x9A\x80"), "yandeks ");  // U+1F680 ROCKET
}

TEST(Transliterate, IsSafeFromManyThreads) {
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int n = 0; n < 200; ++n) results[i] = ToLatin("Лаборатория Касперского");
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, "laboratoriya kasperskogo");
}

}  // namespace
}  // namespace attache::text
