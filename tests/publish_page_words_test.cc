#include <gtest/gtest.h>

#include <sstream>

#include "publish/epub_nav_writer.h"
#include "publish/page_words.h"
#include "publish/transcript_html_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

const PageContext kPage{.site_title = "Spoken", .site_index = "../", .feed = "../feed.xml"};

std::string Page(const Edition& edition) {
  std::ostringstream out;
  WriteTranscriptHtml(edition, kPage, out);
  return out.str();
}

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

TEST(PageWords, ASpanishTranscriptPageSpeaksSpanish) {
  const std::string page = Page(TinyEditionIn("es-ES"));
  EXPECT_NE(page.find("<title>Tides &amp; Moons: edición en audio y transcripción | Spoken"),
            std::string::npos);
  EXPECT_NE(page.find("<a class=\"skip-link\" href=\"#main\">Saltar al contenido principal</a>"),
            std::string::npos);
  EXPECT_NE(page.find("<h1>Tides &amp; Moons (edición en audio)</h1>\n<p>Versión en audio del "
                      "<a href=\"https://example.org/tides\">artículo «Tides &amp; Moons»</a> de "
                      "A. Writer, publicado el "),
            std::string::npos);
  EXPECT_NE(page.find("label=\"Subtítulos\" default>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"contents-heading\">Secciones</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"transcript-heading\">Transcripción</h2>"), std::string::npos);
  EXPECT_NE(page.find("<div id=\"reading-aids\" lang=\"en\" hidden>"), std::string::npos);
  for (const char* english : {"Skip to main", "All audio editions", "Download the MP3",
                              "(audio edition)", ">Transcript<", ">Sections<"}) {
    EXPECT_EQ(page.find(english), std::string::npos) << english;
  }
}

TEST(PageWords, ARussianTranscriptPageMarksItsEnglishWords) {
  const std::string page = Page(TinyEditionIn("ru"));
  EXPECT_NE(page.find("<html lang=\"ru\">"), std::string::npos);
  EXPECT_NE(page.find("<a class=\"skip-link\" href=\"#main\" lang=\"en\">Skip to main content"),
            std::string::npos);
  EXPECT_NE(page.find("<h1>Tides &amp; Moons<span lang=\"en\"> (audio edition)</span></h1>\n"
                      "<p lang=\"en\">Audio version of <a href=\"https://example.org/tides\">the "
                      "article “<span lang=\"ru\">Tides &amp; Moons</span>”</a> by <span "
                      "lang=\"ru\">A. Writer</span>"),
            std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"contents-heading\" lang=\"en\">Sections</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"transcript-heading\" lang=\"en\">Transcript</h2>"),
            std::string::npos);
  EXPECT_NE(page.find("<footer><p lang=\"en\">Audio, captions"), std::string::npos);
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
