#include "core/url.h"

#include <gtest/gtest.h>

namespace spoken {
namespace {

TEST(Url, HttpHttpsMailtoAndRelativeLinksAreAllowed) {
  for (const char* url : {"https://example.org/a", "HTTP://example.org", "mailto:a@example.org",
                          "../", "#s3", "page.html?a=b:c", "/path:colon", ""}) {
    EXPECT_TRUE(IsAllowedLinkUrl(url)) << url;
  }
}

TEST(Url, OtherSchemesAreRefusedHoweverTheyAreSpelled) {
  for (const char* url :
       {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:x", "\x01javascript:x",
        "java\nscript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd"}) {
    EXPECT_FALSE(IsAllowedLinkUrl(url)) << url;
  }
}

TEST(Url, SlugsArePercentEncodedAsOnePathSegment) {
  EXPECT_EQ(PercentEncodePathSegment("a#b?c%20"), "a%23b%3Fc%2520");
  EXPECT_EQ(PercentEncodePathSegment("plain-name_1.0~x"), "plain-name_1.0~x");
  EXPECT_EQ(PercentEncodePathSegment("caf\xC3\xA9 x/y"), "caf%C3%A9%20x%2Fy");
}

}  // namespace
}  // namespace spoken
