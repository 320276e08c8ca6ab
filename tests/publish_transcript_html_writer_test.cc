#include <gtest/gtest.h>

#include <sstream>

#include "publish/glossary_html.h"
#include "publish/not_read_html.h"
#include "publish/page_words.h"
#include "publish/transcript_html_writer.h"
#include "publish/transcript_reading_aids.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

const PageContext kPage{.site_title = "Spoken & Co", .site_index = "../", .feed = "../feed.xml"};

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

std::string ReadingAids() {
  std::ostringstream out;
  WriteReadingAids(PageTextFor("en", LangMarkup::kHtml).words.aids, "", out);
  return out.str();
}

TEST(TranscriptHtml, HeadNamesTheArticleTheSiteAndTheFeed) {
  EXPECT_EQ(Between(Page(TinyEdition()), "<!DOCTYPE html>", "<style>"),
            "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Tides &amp; Moons: audio edition and transcript | Spoken &amp; Co</title>\n"
            "<meta name=\"description\" content=\"Why the sea &lt;rises&gt;.\">\n"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"../feed.xml\" "
            "title=\"Spoken &amp; Co\">\n");
}

TEST(TranscriptHtml, StartsTheBodyWithASkipLinkAndSiteNavigation) {
  EXPECT_EQ(Between(Page(TinyEdition()), "<body>", "<h1>"),
            "<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
            "<header><nav aria-label=\"Site\"><a href=\"../\">All audio editions</a> · "
            "<a href=\"../feed.xml\">Podcast feed</a> <span>(Spoken &amp; Co)</span></nav>"
            "</header>\n<main id=\"main\">\n<article>\n");
}

TEST(TranscriptHtml, LabelsTheAudioAsAReadingOfTheArticleWithTracksAndDownloads) {
  EXPECT_EQ(
      Between(Page(TinyEdition()), "<h1>", "<nav aria-labelledby"),
      "<h1>Tides &amp; Moons (audio edition)</h1>\n"
      "<p>Audio version of <a href=\"https://example.org/tides\">the article “Tides &amp; "
      "Moons”</a> by A. Writer, published <time datetime=\"2026-03-01\">2026-03-01</time>, read "
      "by a synthetic voice. Length <time datetime=\"PT9S\">0:09</time>. The full text follows "
      "the player.</p>\n"
      "<audio id=\"player\" controls preload=\"metadata\" data-edition=\"tiny-tide\" "
      "src=\"tiny-tide.mp3\">\n"
      "<track kind=\"captions\" src=\"tiny-tide.vtt\" srclang=\"en-US\" label=\"Captions\" "
      "default>\n"
      "<track kind=\"chapters\" src=\"tiny-tide.chapters.vtt\" srclang=\"en-US\" "
      "label=\"Sections\">\n"
      "<a href=\"tiny-tide.mp3\">Download the MP3</a>\n</audio>\n" +
          ReadingAids() +
          "<ul>\n<li><a href=\"tiny-tide.mp3\" download>Download the MP3 (0.1 MB)</a></li>\n"
          "<li><a href=\"tiny-tide.epub\">Read-along book (EPUB 3: the text, highlighted as it "
          "is read)</a></li>\n"
          "<li><a href=\"tiny-tide.txt\">Plain-text transcript</a></li>\n"
          "<li><a href=\"tiny-tide.vtt\">Captions (WebVTT)</a></li>\n</ul>\n");
}

TEST(TranscriptHtml, IntroductionWithoutUrlAuthorOrDateNamesTheArticleOnly) {
  Edition edition = TinyEdition();
  edition.script.info.url.clear();
  edition.script.info.author.clear();
  edition.script.info.date.clear();
  edition.script.info.description.clear();
  edition.audio.duration_samples = 3'723'000;  // 1:02:03
  const std::string page = Page(edition);
  EXPECT_EQ(Between(page, "<p>Audio version", "<audio"),
            "<p>Audio version of the article “Tides &amp; Moons”, read by a synthetic voice. "
            "Length <time datetime=\"PT1H2M3S\">1:02:03</time>. The full text follows the "
            "player.</p>\n");
  EXPECT_EQ(page.find("<meta name=\"description\""), std::string::npos);
}

TEST(TranscriptHtml, ContentsLinkEachSectionAndCarryItsStartForThePlayer) {
  EXPECT_EQ(Between(Page(TinyEdition()), "<nav aria-labelledby=\"contents-heading\">", "<section"),
            "<nav aria-labelledby=\"contents-heading\">\n"
            "<h2 id=\"contents-heading\">Sections</h2>\n<ol>\n"
            "<li><a href=\"#section-1\" data-start=\"0.000\">Tides &amp; Moons</a> "
            "<time datetime=\"PT0S\">0:00</time></li>\n"
            "<li><a href=\"#section-2\" data-start=\"4.000\">Why &lt;it&gt; matters</a> "
            "<time datetime=\"PT4S\">0:04</time></li>\n"
            "</ol>\n</nav>\n");
}

TEST(TranscriptHtml, TranscriptHasATimedSpanPerSentenceWithLinksListsQuotesAndLanguages) {
  EXPECT_EQ(Between(Page(TinyEdition()), "<section aria-labelledby=\"transcript-heading\">",
                    "<section class=\"pronunciation\""),
            "<section aria-labelledby=\"transcript-heading\">\n"
            "<h2 id=\"transcript-heading\">Transcript</h2>\n"
            "<section id=\"section-1\" aria-labelledby=\"section-1-heading\">\n"
            "<h3 id=\"section-1-heading\">Tides &amp; Moons <small><time "
            "datetime=\"PT0S\">0:00</time></small></h3>\n"
            // Timed words are spans too (the page's word highlight); "6:30", said as two
            // words, is one.
            "<p><span class=\"sentence\" id=\"s2\" data-start=\"1.800\" data-end=\"2.900\">"
            "<span class=\"w\" data-start=\"1.800\" data-end=\"2.000\">The</span> "
            "<a href=\"https://example.org/moon\"><span class=\"w\" data-start=\"2.000\" "
            "data-end=\"2.400\">Moon</span></a> <span class=\"w\" data-start=\"2.400\" "
            "data-end=\"2.600\">pulls</span> <span class=\"w\" data-start=\"2.600\" "
            "data-end=\"2.700\">the</span> <span class=\"w\" data-start=\"2.700\" "
            "data-end=\"2.900\">sea</span>.</span> "
            "<span class=\"sentence\" id=\"s3\" data-start=\"3.000\" data-end=\"3.900\">"
            "<a href=\"#term-osteocalcin\">Osteocalcin</a> is not involved.</span></p>\n"
            "</section>\n"
            "<section id=\"section-2\" aria-labelledby=\"section-2-heading\">\n"
            "<h3 id=\"section-2-heading\">Why &lt;it&gt; matters <small><time "
            "datetime=\"PT4S\">0:04</time></small></h3>\n"
            "<ul>\n<li><span class=\"sentence\" id=\"s5\" data-start=\"5.000\" data-end=\"6.200\">"
            "High tide at <span class=\"w\" data-start=\"5.600\" data-end=\"6.200\">6:30</span>."
            "</span></li>\n</ul>\n"
            "<blockquote lang=\"de\"><p><span class=\"sentence\" id=\"s6\" data-start=\"6.800\" "
            "data-end=\"8.500\">Ebbe und Flut.</span></p></blockquote>\n"
            "</section>\n</section>\n");
}

TEST(TranscriptHtml, ARightToLeftPassageInALeftToRightArticleSaysSo) {
  Edition edition = TinyEdition();
  ScriptBlock& quote = edition.script.sections[1].blocks.back();
  quote.language = "he";
  EXPECT_NE(Page(edition).find("<html lang=\"en-US\">"), std::string::npos);
  EXPECT_NE(Page(edition).find("<blockquote lang=\"he\" dir=\"rtl\"><p>"), std::string::npos);
}

TEST(TranscriptHtml, AnInlinePassageIsASpanWithLangAroundItsWords) {
  Edition edition = TinyEdition();
  // "sea" in s2, a timed word, is French; "Flut" in the German quote s6 is Hebrew here.
  AddPassage(TinyS2(edition), 19, 22, "fr");
  AddPassage(TinyS6(edition), 9, 13, "he");
  const std::string page = Page(edition);
  EXPECT_NE(page.find("<span lang=\"fr\"><span class=\"w\" data-start=\"2.700\" "
                      "data-end=\"2.900\">sea</span></span>."),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("Ebbe und <span lang=\"he\" dir=\"rtl\">Flut</span>."), std::string::npos)
      << page;
}

TEST(TranscriptHtml, AHeadingsPassageIsMarkedInTheHeadingAndTheContents) {
  Edition edition = TinyEdition();
  // s4, the heading "Why <it> matters": "matters" is French here.
  AddPassage(edition.script.sections[1].blocks[0].sentences[0], 9, 16, "fr");
  const std::string page = Page(edition);
  EXPECT_NE(page.find("\">Why &lt;it&gt; <span lang=\"fr\">matters</span></a>"), std::string::npos)
      << page;
  EXPECT_NE(page.find("-heading\">Why &lt;it&gt; <span lang=\"fr\">matters</span> <small>"),
            std::string::npos)
      << page;
}

TEST(TranscriptHtml, ARightToLeftArticleIsMarkedOnTheRootAndItsLeftToRightPassages) {
  Edition edition = TinyEdition();
  edition.script.info.language = "ar";
  EXPECT_NE(Page(edition).find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
  EXPECT_NE(Page(edition).find("<blockquote lang=\"de\" dir=\"ltr\"><p>"), std::string::npos);
  edition.script.sections[1].blocks.back().language = "fa";
  EXPECT_NE(Page(edition).find("<blockquote lang=\"fa\"><p>"), std::string::npos);
}

TEST(TranscriptHtml, AnAuthorsLinkWinsOverAGlossaryLinkOnTheSameWords) {
  Edition edition = TinyEdition();
  ScriptBlock& paragraph = edition.script.sections[0].blocks[1];
  paragraph.links.push_back({.begin = 24, .end = 35, .href = "https://example.org/oc"});
  EXPECT_NE(Page(edition).find("<a href=\"https://example.org/oc\">Osteocalcin</a> is not"),
            std::string::npos);
  EXPECT_EQ(Page(edition).find("href=\"#term-osteocalcin\""), std::string::npos);
}

TEST(TranscriptHtml, EndsWithTheGlossaryWhatWasNotReadTheVersionAndTheScript) {
  const Edition edition = TinyEdition();
  std::ostringstream glossary, not_read;
  WriteGlossaryHtml(edition.pronunciations, glossary,
                    GlossaryWordsOf(PageTextFor("en", LangMarkup::kHtml)));
  WriteNotReadAloudHtml(edition.skipped, edition.source_warnings, edition.script.info.source_path,
                        not_read);
  const std::string page = Page(edition);
  EXPECT_EQ(Between(page, "</section>\n</section>\n<section class", "<script>"),
            "</section>\n</section>\n" + glossary.str() + not_read.str() +
                "</article>\n</main>\n"
                "<footer><p>Audio, captions and transcript made with Spoken 0.1.0.</p></footer>\n");
  EXPECT_TRUE(page.ends_with("</script>\n</body>\n</html>\n"));
}

TEST(TranscriptHtml, HasNoGlossaryWithoutHints) {
  Edition edition = TinyEdition();
  edition.pronunciations.clear();
  const std::string page = Page(edition);
  EXPECT_EQ(page.find("class=\"pronunciation\""), std::string::npos);
  EXPECT_EQ(page.find("#term-"), std::string::npos);
}

TEST(TranscriptHtml, ASpanishTranscriptPageSpeaksSpanish) {
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
  EXPECT_NE(page.find("<div id=\"reading-aids\" hidden>"), std::string::npos);
  EXPECT_NE(page.find(">Frase siguiente</button>"), std::string::npos);
  EXPECT_NE(page.find("data-resume-from=\"Reanudar desde %s\""), std::string::npos);
  for (const char* english :
       {"Skip to main", "Next sentence", "Resume", "All audio editions", "Download the MP3",
        "(audio edition)", ">Transcript<", ">Sections<"}) {
    EXPECT_EQ(page.find(english), std::string::npos) << english;
  }
}

TEST(TranscriptHtml, TheSiteTitleCarriesTheSitesLanguageOnAPageInAnother) {
  PageContext context = kPage;
  context.site_language = "en";
  std::ostringstream spanish;
  WriteTranscriptHtml(TinyEditionIn("es"), context, spanish);
  EXPECT_NE(spanish.str().find("<span lang=\"en\">(Spoken &amp; Co)</span>"), std::string::npos);
  std::ostringstream english;
  WriteTranscriptHtml(TinyEdition(), context, english);
  EXPECT_NE(english.str().find("<span>(Spoken &amp; Co)</span>"), std::string::npos);
}

TEST(TranscriptHtml, ARussianTranscriptPageMarksItsEnglishWords) {
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
  EXPECT_NE(page.find("<div id=\"reading-aids\" lang=\"en\" hidden>"), std::string::npos);
}

}  // namespace
}  // namespace spoken
