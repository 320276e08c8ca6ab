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

TEST(Markup, WrapLinesBreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(WrapLines("one two three four", 9), "one two\nthree\nfour");
  EXPECT_EQ(WrapLines("incomprehensibilities ok", 5), "incomprehensibilities\nok");
}

}  // namespace
}  // namespace spoken
