#include "platform/tabular/xml_scanner.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attache::tabular {
namespace {

// Writes events as "<name r=...>", "text", "</name>", joining adjacent text.
struct Recorder final : XmlHandler {
  void Start(std::string_view name, const XmlAttributes& attributes) override {
    std::string event = "<" + std::string(name);
    for (const std::string_view key : {"r", "t", "id"}) {
      if (!attributes.Get(key).empty()) {
        event += " " + std::string(key) + "=" + std::string(attributes.Get(key));
      }
    }
    events.push_back(event + ">");
  }
  void End(std::string_view name) override { events.push_back("</" + std::string(name) + ">"); }
  void Text(std::string_view text) override {
    if (!events.empty() && !events.back().starts_with('<')) {
      events.back() += text;
    } else {
      events.emplace_back(text);
    }
  }
  std::vector<std::string> events;
};

// Scans `document` fed in chunks of `chunk` bytes.
Result<std::vector<std::string>> Scan(std::string_view document, size_t chunk = 1 << 16) {
  Recorder recorder;
  XmlScanner scanner(recorder);
  for (size_t at = 0; at < document.size(); at += chunk) {
    if (Status fed = scanner.Feed(document.substr(at, chunk)); !fed) {
      return tl::unexpected(fed.error());
    }
  }
  if (Status finished = scanner.Finish(); !finished) return tl::unexpected(finished.error());
  return recorder.events;
}

const std::string kDocument =
    "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    "<!-- written by hand -->\n"
    "<x:sheetData xmlns:x=\"urn:main\" xmlns:r=\"urn:rel\">"
    "<x:row r=\"1\"><x:c r='A1' t = \"s\"><x:v>0</x:v></x:c>"
    "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>a &amp; b &lt;&gt; &quot;&apos; &#1071;&#x42F;</x:t>"
    "</x:is></x:c><x:c r=\"C1\"/><sheet r:id=\"rId&amp;1\"/></x:row >"
    "<row><c><v><![CDATA[<raw> & text]]></v></c><c><v>line\r\nbreak\rend</v></c></row>"
    "</x:sheetData>\n";

const std::vector<std::string> kEvents = {
    "<sheetData>",
    "<row r=1>",
    "<c r=A1 t=s>",
    "<v>",
    "0",
    "</v>",
    "</c>",
    "<c r=B1 t=inlineStr>",
    "<is>",
    "<t>",
    "a & b <> \"' ЯЯ",
    "</t>",
    "</is>",
    "</c>",
    "<c r=C1>",
    "</c>",
    "<sheet id=rId&1>",
    "</sheet>",
    "</row>",
    "<row>",
    "<c>",
    "<v>",
    "<raw> & text",
    "</v>",
    "</c>",
    "<c>",
    "<v>",
    "line\nbreak\nend",
    "</v>",
    "</c>",
    "</row>",
    "</sheetData>",
};

TEST(XmlScanner, ReportsElementsAttributesAndDecodedText) {
  const auto events = Scan(kDocument);
  ASSERT_TRUE(events.has_value()) << events.error().detail.en;
  EXPECT_EQ(*events, kEvents);
}

TEST(XmlScanner, ChunksMaySplitAnything) {
  for (size_t chunk = 1; chunk <= 17; ++chunk) {
    const auto events = Scan(kDocument, chunk);
    ASSERT_TRUE(events.has_value()) << chunk << ": " << events.error().detail.en;
    EXPECT_EQ(*events, kEvents) << chunk;
  }
}

TEST(XmlScanner, NamespaceDeclarationsAreNotAttributes) {
  const auto events = Scan("<root xmlns:r=\"urn:rel\" xmlns:t=\"urn:t\"/>");
  ASSERT_TRUE(events.has_value());
  EXPECT_EQ(*events, (std::vector<std::string>{"<root>", "</root>"}));
}

TEST(XmlScanner, RefusesWhatOfficeFilesNeverHold) {
  for (const std::string document : {
           "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><root>&lol;</root>",
           "<root>&nbsp;</root>",
           "<root>&#0;</root>",
           "<root>&#xD800;</root>",
           "<root>&amp</root>",
           "<?xml version=\"1.0\" encoding=\"UTF-16\"?><root/>",
           "<root>\xFF</root>",
           "<root a=\"\xC0\xAF\"/>",
       }) {
    const auto events = Scan(document);
    ASSERT_FALSE(events.has_value()) << document;
    EXPECT_EQ(events.error().code, ErrorCode::kBadRequest);
    EXPECT_NE(events.error().detail.en.find("damaged"), std::string::npos);
  }
}

TEST(XmlScanner, RefusesMalformedStructure) {
  for (const std::string document : {
           "",
           "   ",
           "<root>",
           "<root><a></root>",
           "<root></a>",
           "<a/><b/>",
           "text<root/>",
           "<root/>text",
           "<root a=b/>",
           "<root a/>",
           "<root =\"x\"/>",
           "<root a=\"x",
           "<root><",
           "<root><!-",
           "<>",
           "</root>",
       }) {
    const auto events = Scan(document);
    EXPECT_FALSE(events.has_value()) << document;
  }
}

TEST(XmlScanner, BoundsNesting) {
  std::string deep;
  for (int i = 0; i < 64; ++i) deep += "<a>";
  for (int i = 0; i < 64; ++i) deep += "</a>";
  EXPECT_TRUE(Scan(deep).has_value());
  const auto deeper = Scan("<a>" + deep + "</a>");
  ASSERT_FALSE(deeper.has_value());
  EXPECT_NE(deeper.error().detail.en.find("nest"), std::string::npos);
}

TEST(XmlScanner, StopsAtTheHandlersError) {
  struct Failing final : XmlHandler {
    void Start(std::string_view name, const XmlAttributes&) override {
      ++starts;
      if (name == "bad") status = Damaged("bad element");
    }
    void End(std::string_view) override {}
    int starts = 0;
  } handler;
  XmlScanner scanner(handler);
  const Status fed = scanner.Feed("<root><bad/><after/></root>");
  ASSERT_FALSE(fed);
  EXPECT_NE(fed.error().detail.en.find("bad element"), std::string::npos);
  EXPECT_EQ(handler.starts, 2);
}

}  // namespace
}  // namespace attache::tabular
