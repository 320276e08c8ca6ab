#include <gtest/gtest.h>

#include <sstream>

#include "publish/not_read_html.h"

namespace spoken {
namespace {

std::string Html(const std::vector<SkippedContent>& skipped,
                 const std::vector<std::string>& warnings) {
  std::ostringstream out;
  WriteNotReadAloudHtml(skipped, warnings, "content/page.html", out);
  return out.str();
}

TEST(NotReadAloudHtml, WritesNothingWhenNothingWasLeftOut) { EXPECT_EQ(Html({}, {}), ""); }

TEST(NotReadAloudHtml, ListsEachPartWithItsReasonAndTheNotesWithoutThePath) {
  EXPECT_EQ(Html({{.what = "div.cookie-banner",
                   .reason = "cookie notice",
                   .excerpt = "We use <cookies> & more",
                   .source_line = 3},
                  {.what = "script", .reason = "script or style"}},
                 {"content/page.html:12: bytes at offset 400 are not valid UTF-8",
                  "content/page.html: unknown charset x-foo; read as UTF-8"}),
            "<section class=\"not-read\" aria-labelledby=\"not-read\">\n"
            "<h2 id=\"not-read\">Not read aloud</h2>\n"
            "<p>The audio leaves out 2 parts of the source.</p>\n"
            "<details>\n<summary>The parts left out, with the reason</summary>\n<ul>\n"
            "<li>cookie notice: div.cookie-banner, line 3: “We use &lt;cookies&gt; &amp; "
            "more”</li>\n"
            "<li>script or style: script</li>\n"
            "</ul>\n</details>\n"
            "<p>Notes on the source:</p>\n<ul>\n"
            "<li>Line 12: bytes at offset 400 are not valid UTF-8</li>\n"
            "<li>unknown charset x-foo; read as UTF-8</li>\n"
            "</ul>\n</section>\n");
}

TEST(NotReadAloudHtml, OnePartIsSingular) {
  EXPECT_NE(Html({{.what = "nav", .reason = "navigation"}}, {}).find("leaves out 1 part of"),
            std::string::npos);
}

}  // namespace
}  // namespace spoken
