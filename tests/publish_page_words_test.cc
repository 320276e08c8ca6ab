#include <gtest/gtest.h>

#include <sstream>

#include "publish/epub_nav_writer.h"
#include "publish/glossary_html.h"
#include "publish/page_words.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

Edition TinyEditionIn(const std::string& language) {
  Edition edition = TinyEdition();
  edition.script.info.language = language;
  return edition;
}

TEST(PageWords, AHandWrittenLanguageGetsItsOwnWordsUnmarked) {
  const PageText spanish = PageTextFor("es-MX", LangMarkup::kHtml);
  EXPECT_EQ(spanish.words.contents, "Índice");
  EXPECT_EQ(spanish.words.download_mp3, "Descargar el MP3");
  EXPECT_EQ(spanish.mark, "");
  EXPECT_EQ(spanish.article_mark, "");
  EXPECT_EQ(PageTextFor("DE_at", LangMarkup::kHtml).words.transcript, "Transkript");
  for (const char* language : {"fr", "it", "pt-BR"}) {
    EXPECT_NE(PageTextFor(language, LangMarkup::kHtml).words.contents, "Contents") << language;
  }
}

TEST(PageWords, EnglishAndNoLanguageAreEnglishUnmarked) {
  for (const char* language : {"", "en", "en-GB"}) {
    const PageText text = PageTextFor(language, LangMarkup::kXhtml);
    EXPECT_EQ(text.words.contents, "Contents") << language;
    EXPECT_EQ(text.mark, "") << language;
    EXPECT_EQ(EnglishMark(language, LangMarkup::kHtml), "") << language;
  }
}

TEST(PageWords, AnyOtherLanguageIsEnglishMarkedAsEnglish) {
  const PageText russian = PageTextFor("ru", LangMarkup::kHtml);
  EXPECT_EQ(russian.words.contents, "Contents");
  EXPECT_EQ(russian.mark, " lang=\"en\"");
  EXPECT_EQ(russian.article_mark, " lang=\"ru\"");
  EXPECT_EQ(PageTextFor("ru", LangMarkup::kXhtml).mark, " lang=\"en\" xml:lang=\"en\"");
  // On a right-to-left page the English also turns the direction back.
  const PageText arabic = PageTextFor("ar", LangMarkup::kHtml);
  EXPECT_EQ(arabic.mark, " lang=\"en\" dir=\"ltr\"");
  EXPECT_EQ(arabic.article_mark, " lang=\"ar\" dir=\"rtl\"");
  // Parts that are English in every edition are marked on a Spanish page too.
  EXPECT_EQ(EnglishMark("es", LangMarkup::kHtml), " lang=\"en\"");
}

TEST(PageWords, TheGlossaryIsSpanishOnASpanishPageAndMarkedEnglishOnARussianOne) {
  const std::vector<PronunciationUse> uses = {
      {.term = "Xi'an", .ipa = "ɕi.an", .respelling = "shee-AHN"},
      {.term = "OTAN", .alias = "Organización del Tratado"}};
  std::ostringstream spanish;
  WriteGlossaryHtml(uses, spanish, GlossaryWordsOf(PageTextFor("es", LangMarkup::kHtml)));
  EXPECT_NE(spanish.str().find("<h2 id=\"pronunciation\">Pronunciación</h2>\n<p>Cómo dice"),
            std::string::npos);
  EXPECT_NE(spanish.str().find("<dd>Se dice: <span class=\"respelling\""), std::string::npos);
  EXPECT_NE(spanish.str().find(". AFI: <span class=\"ipa\""), std::string::npos);
  EXPECT_NE(spanish.str().find("<dd>Se lee como: Organización"), std::string::npos);
  std::ostringstream russian;
  WriteGlossaryHtml(uses, russian, GlossaryWordsOf(PageTextFor("ru", LangMarkup::kHtml)));
  EXPECT_NE(russian.str().find("<h2 id=\"pronunciation\" lang=\"en\">Pronunciation</h2>\n"
                               "<p lang=\"en\">How the audio"),
            std::string::npos);
  EXPECT_NE(russian.str().find("<dd lang=\"en\">Say it: "), std::string::npos);
}

TEST(PageWords, TheEpubNavOfAGermanBookIsGerman) {
  std::ostringstream out;
  WriteEpubNav(TinyEditionIn("de-DE"), out);
  EXPECT_NE(out.str().find("<title>Tides &amp; Moons: Inhalt</title>"), std::string::npos);
  EXPECT_NE(out.str().find("<h1 id=\"toc-heading\">Inhalt</h1>"), std::string::npos);
  std::ostringstream arabic;
  WriteEpubNav(TinyEditionIn("ar"), arabic);
  EXPECT_NE(arabic.str().find(
                "<h1 id=\"toc-heading\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Contents</h1>"),
            std::string::npos);
}

}  // namespace
}  // namespace spoken
