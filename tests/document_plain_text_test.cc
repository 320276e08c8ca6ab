#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/plain_text_lines.h"
#include "document/plain_text_reader.h"
#include "document/reader.h"

namespace spoken {
namespace {

Article Read(const std::string& text) {
  Result<Article> article = ReadPlainText(text, ArticleInfo{.source_path = "a.txt"});
  EXPECT_TRUE(article.ok());
  return article.ok() ? *article : Article();
}

// "# Title" for a section, "P text" / "LI<id> text" / "Q text" for blocks.
std::vector<std::string> Outline(const Article& article) {
  std::vector<std::string> outline;
  for (const Section& section : article.sections) {
    outline.push_back("# " + section.title);
    for (const Block& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::kParagraph:
          outline.push_back("P " + block.text);
          break;
        case BlockKind::kQuote:
          outline.push_back("Q " + block.text);
          break;
        case BlockKind::kListItem:
          outline.push_back("LI" + std::to_string(block.list_id) +
                            (block.ordered_list ? "ol " : " ") + block.text);
          break;
        case BlockKind::kTableRow:
        case BlockKind::kTable:
        case BlockKind::kFigure:
        case BlockKind::kCode:
        case BlockKind::kNote:
          outline.push_back(std::string(BlockKindName(block.kind)) + " " + block.text);
          break;
      }
    }
  }
  return outline;
}

using Lines = std::vector<std::string>;

TEST(DocumentPlainTextLines, SentenceLikeLinesEndOrHoldASentence) {
  EXPECT_TRUE(IsSentenceLike("It works."));
  EXPECT_TRUE(IsSentenceLike("Does it?"));
  EXPECT_TRUE(IsSentenceLike("\"It works,\" she said.\u201D"));
  EXPECT_TRUE(IsSentenceLike("A caption. (Photo: Someone, 2026)"));
  EXPECT_FALSE(IsSentenceLike("Related Articles"));
  EXPECT_FALSE(IsSentenceLike("Subscribe to our free newsletter"));
  EXPECT_FALSE(IsSentenceLike("Smith, J. (2020) in Nature"));
}

TEST(DocumentPlainTextLines, ListMarkersAreBulletsOrNumbers) {
  EXPECT_TRUE(FindListMarker("\u2022 item").found);
  EXPECT_TRUE(FindListMarker("- item").found);
  EXPECT_TRUE(FindListMarker("12) item").ordered);
  EXPECT_EQ(FindListMarker("3. item").text_begin, 3u);
  EXPECT_FALSE(FindListMarker("-item").found);
  EXPECT_FALSE(FindListMarker("2026 was a year.").found);
}

TEST(DocumentPlainTextLines, AttributedQuotesEndWithADashAndAName) {
  EXPECT_TRUE(IsAttributedQuote("\"We must act.\" \u2014 Li, Gao & Zhao"));
  EXPECT_TRUE(IsAttributedQuote("\u201CWe must act.\u201D \u2013 Dr. Jane Doe"));
  EXPECT_FALSE(IsAttributedQuote("\"We must act,\" she said. Then she left."));
  EXPECT_FALSE(IsAttributedQuote("Not quoted \u2014 Someone"));
}

TEST(DocumentPlainTextLines, SiteNameSitsBesideTheTitle) {
  EXPECT_EQ(SiteNameBesideTitle("Big News - Daily Paper", "Big News"), "Daily Paper");
  EXPECT_EQ(SiteNameBesideTitle("Daily Paper | Big News", "Big News"), "Daily Paper");
  EXPECT_EQ(SiteNameBesideTitle("Big News today", "Big News"), "");
}

TEST(DocumentPlainText, TypedArticleKeepsEverythingButItsTitle) {
  Article article = Read(
      "A Simple Title\nBy Jane Doe\n\nThe opening paragraph is wrapped\nat a fixed width, "
      "like many text files.\n\nBackground\n\nSome facts, see https://example.com/p. More.\n");
  EXPECT_EQ(article.info.title, "A Simple Title");
  EXPECT_EQ(Outline(article),
            (Lines{"# A Simple Title", "P By Jane Doe",
                   "P The opening paragraph is wrapped at a fixed width, like many text files.",
                   "# Background", "P Some facts, see https://example.com/p. More."}));
  const Block& with_link = article.sections[1].blocks[0];
  ASSERT_EQ(with_link.links.size(), 1u);
  EXPECT_EQ(with_link.links[0].href, "https://example.com/p");
}

TEST(DocumentPlainText, ShortLineBeforeBodyTextIsAHeadingButNotBeforeAnotherShortLine) {
  Article article = Read(
      "Title Line\n\nIntro text goes here and is long enough.\n\n"
      "Why It Matters?\n\nBecause.\n\nNot A Heading\n\nBut This One\n\n"
      "Final sentence of the article, kept.\n");
  EXPECT_EQ(Outline(article), (Lines{"# Title Line", "P Intro text goes here and is long enough.",
                                     "# Why It Matters?", "P Because.", "P Not A Heading",
                                     "# But This One", "P Final sentence of the article, kept."}));
}

TEST(DocumentPlainText, BulletsAndNumbersMakeSeparateLists) {
  Article article = Read("T\n\nIntro:\n- apple\n- pear,\n  ripe\n\n1. one\n2) two\n");
  EXPECT_EQ(Outline(article),
            (Lines{"# T", "P Intro:", "LI1 apple", "LI1 pear, ripe", "LI2ol one", "LI2ol two"}));
}

TEST(DocumentPlainText, AttributedAndAngleBracketQuotesAreQuotes) {
  Article article = Read(
      "\"We must act now.\" \u2014 A Person\n\n> Mailed\n> quote.\n\n"
      "\"Quoted,\" she said, and went on talking.\n");
  EXPECT_EQ(Outline(article),
            (Lines{"# ", "Q \"We must act now.\" \u2014 A Person", "Q Mailed quote.",
                   "P \"Quoted,\" she said, and went on talking."}));
}

TEST(DocumentPlainText, RepeatedLabelsGoButARepeatedSentenceKeepsOneCopy) {
  Article article = Read(
      "Headline Of The Piece\n\nAdvertisement\n\nThe first real paragraph "
      "says something worth keeping here.\n\nAdvertisement\n\nA pull quote "
      "worth repeating.\n\nA pull quote worth repeating.\n\nThe end of the "
      "article, in a sentence.\n");
  EXPECT_EQ(Outline(article),
            (Lines{"# Headline Of The Piece",
                   "P The first real paragraph says something worth keeping here.",
                   "P A pull quote worth repeating.", "P The end of the article, in a sentence."}));
}

TEST(DocumentPlainText, TrailingShortLinesWithoutSentencesAreFurniture) {
  Article article = Read(
      "Title\n\nBody text that is long enough to be the body here.\n\n"
      "Share this.\n\nMore Stories\n\nLatest\n");
  EXPECT_EQ(Outline(article),
            (Lines{"# Title", "P Body text that is long enough to be the body here."}));
}

TEST(DocumentPlainText, ATrailingShortSentenceAloneIsKept) {
  Article article = Read(
      "Title\n\nBody text that is long enough to be the body here.\n\n"
      "Thanks for reading.\n");
  EXPECT_EQ(Outline(article).back(), "P Thanks for reading.");
}

TEST(DocumentPlainText, ALastSectionWithAShortBodyIsKept) {
  Article article = Read(
      "Title\n\nBody text that is long enough to be the body here.\n\n"
      "Takeaway\n\nEat well.\n");
  EXPECT_EQ(Outline(article), (Lines{"# Title",
                                     "P Body text that is long enough to be the "
                                     "body here.",
                                     "# Takeaway", "P Eat well."}));
}

TEST(DocumentPlainText, TextWithoutATitleLineTakesTheGivenTitle) {
  Result<Article> article = ReadPlainText("Just a sentence of body text, nothing else here.\n",
                                          ArticleInfo{.title = "Given"});
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->info.title, "Given");
  EXPECT_EQ(Outline(*article), (Lines{"# Given",
                                      "P Just a sentence of body text, nothing else "
                                      "here."}));
}

TEST(DocumentPlainText, SourceLinesAreFileLinesWithCrlf) {
  Article article = Read("Title\r\n\r\nFirst paragraph, long enough to count as body.\r\n");
  ASSERT_EQ(article.sections.size(), 1u);
  EXPECT_EQ(article.sections[0].blocks.at(0).source_line, 3);
}

// The seed: the sample article scraped from its web page must read like the clean Markdown.
class DocumentScrapedSample : public testing::Test {
 protected:
  static Article ReadFile(const std::string& path) {
    Result<Article> article = ReadArticle(path, ArticleInfo{.language = "en-US"});
    EXPECT_TRUE(article.ok()) << (article.ok() ? "" : article.error().message);
    return article.ok() ? *article : Article();
  }
  Article scraped_ =
      ReadFile(std::string(SPOKEN_TEST_DATA) + "/document/bone-brain-axis.scraped.txt");
  Article markdown_ = ReadFile(std::string(SPOKEN_TEST_DATA) + "/sample/bone-brain-axis.md");
};

TEST_F(DocumentScrapedSample, HasTheSameTitleAsTheMarkdown) {
  EXPECT_EQ(scraped_.info.title, markdown_.info.title);
}

TEST_F(DocumentScrapedSample, HasTheSameSectionsAndBlocksAsTheMarkdown) {
  EXPECT_EQ(Outline(scraped_), Outline(markdown_));
  ASSERT_EQ(scraped_.sections.size(), 6u);
}

TEST_F(DocumentScrapedSample, DropsThePageFurniture) {
  for (const std::string& line : Outline(scraped_)) {
    for (const char* furniture : {"CRBC News", "Health", "Subscribe to", "Help us improve",
                                  "Related Articles", "Trending", "Study Claims"}) {
      EXPECT_EQ(line.find(furniture), std::string::npos) << line;
    }
  }
}

TEST_F(DocumentScrapedSample, KeepsTheBlocksLinesInTheScrapedFile) {
  const Section& players = scraped_.sections.at(2);
  EXPECT_EQ(players.source_line, 20);
  EXPECT_EQ(players.blocks.at(0).source_line, 22);
  EXPECT_EQ(players.blocks.at(1).source_line, 23);
}

}  // namespace
}  // namespace spoken
