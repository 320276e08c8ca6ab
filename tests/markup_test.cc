#include "publish/markup.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

TEST(Markup, EscapeXmlIsSafeInTextAndAttributes) {
  EXPECT_EQ(EscapeXml("Li, Gao & Zhao <b> \"q\" 'a'"),
            "Li, Gao &amp; Zhao &lt;b&gt; &quot;q&quot; &#39;a&#39;");
}

TEST(Markup, VttTextCanNeverEndACueOrOpenATag) {
  EXPECT_EQ(EscapeVttText("a --> b <c> & \"d\"\nnext"), "a --&gt; b &lt;c&gt; &amp; \"d\" next");
}

TEST(Markup, CharactersXmlForbidsNeverPass) {
  const std::string hostile = std::string(
                                  "a\x01"
                                  "b\x0B"
                                  "c\xEF\xBF\xBE") +
                              "d\xEF\xBF\xBF\te\n";
  EXPECT_EQ(EscapeXml(hostile), "abcd\te\n");
  EXPECT_EQ(EscapeVttText(hostile), "abcd\te ");
  EXPECT_EQ(XmlCharsOnly(hostile), "abcd\te\n");
}

TEST(Markup, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  EXPECT_EQ(EscapeXml("caf\xE9 \xED\xA0\x80 ok \xC3\xA9"),
            "caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD ok \xC3\xA9");
}

TEST(Markup, WrapLinesBreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(WrapLines("one two three four", 9), "one two\nthree\nfour");
  EXPECT_EQ(WrapLines("incomprehensibilities ok", 5), "incomprehensibilities\nok");
}

}  // namespace
}  // namespace spoken
