#include <gtest/gtest.h>

#include <sstream>

#include "publish/glossary_html.h"
#include "publish/page_words.h"

namespace spoken {
namespace {

const GlossaryWords kEnglish = GlossaryWordsOf(PageTextFor("en", LangMarkup::kHtml));

TEST(GlossaryHtml, IdsAreAsciiSlugsOfTheTerm) {
  EXPECT_EQ(GlossaryId("osteocalcin"), "term-osteocalcin");
  EXPECT_EQ(GlossaryId("Xi'an"), "term-xi-an");
  EXPECT_EQ(GlossaryId("Pengpeng Li"), "term-pengpeng-li");
  EXPECT_EQ(GlossaryId("bone–brain axis"), "term-bone-brain-axis");
}

TEST(GlossaryHtml, WritesNothingWithoutHints) {
  std::ostringstream out;
  WriteGlossaryHtml({}, out, kEnglish);
  EXPECT_EQ(out.str(), "");
}

TEST(GlossaryHtml, ListsTermsWithRespellingForScreenReadersAndIpaMarkedAsIpa) {
  std::ostringstream out;
  WriteGlossaryHtml(
      {{.term = "osteocalcin", .ipa = "ˌɒstioʊˈkælsɪn", .respelling = "os-tee-oh-KAL-sin"},
       {.term = "R&D", .alias = "research and development"}},
      out, kEnglish);
  EXPECT_EQ(out.str(),
            "<section class=\"pronunciation\" aria-labelledby=\"pronunciation\">\n"
            "<h2 id=\"pronunciation\">Pronunciation</h2>\n"
            "<p>How the audio edition says these terms. In the respellings, capitals mark the "
            "stressed syllable.</p>\n<dl>\n"
            "<dt id=\"term-osteocalcin\"><dfn>osteocalcin</dfn></dt>\n"
            "<dd>Say it: <span class=\"respelling\" aria-hidden=\"true\">os-tee-oh-KAL-sin</span>"
            "<span class=\"visually-hidden\">os tee oh KAL sin</span>. IPA: <span class=\"ipa\" "
            "lang=\"und-fonipa\">/ˌɒstioʊˈkælsɪn/</span></dd>\n"
            "<dt id=\"term-r-d\"><dfn>R&amp;D</dfn></dt>\n"
            "<dd>Read as: research and development</dd>\n"
            "</dl>\n</section>\n");
}

TEST(GlossaryHtml, AnEntryWithoutRespellingGivesItsIpaOnly) {
  std::ostringstream out;
  WriteGlossaryHtml({{.term = "Ca<sup>2+</sup>", .ipa = "ˈkælsiəm"}}, out, kEnglish);
  EXPECT_NE(out.str().find("<dt id=\"term-ca-sup-2-sup\"><dfn>Ca&lt;sup&gt;2+&lt;/sup&gt;</dfn>"
                           "</dt>\n<dd>IPA: <span class=\"ipa\" lang=\"und-fonipa\">/ˈkælsiəm/"
                           "</span></dd>\n"),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace spoken
