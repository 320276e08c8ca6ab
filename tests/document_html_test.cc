#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/html_reader.h"

namespace spoken {
namespace {

Article Read(const std::string& html, ArticleInfo info = {.language = "en-US"}) {
  info.source_path = "a.html";
  Result<Article> article = ReadHtml(html, std::move(info));
  EXPECT_TRUE(article.ok());
  return article.ok() ? *article : Article();
}

std::vector<std::string> Texts(const Article& article) {
  std::vector<std::string> texts;
  for (const Section& section : article.sections) {
    for (const Block& block : section.blocks) texts.push_back(block.text);
  }
  return texts;
}

TEST(DocumentHtml, MetadataComesFromTheHead) {
  Article article = Read(R"(<html lang="en-GB"><head><title>Page - Site</title>
      <meta name="author" content="Jane  Doe">
      <meta name="description" content="What it is about.">
      <meta property="article:published_time" content="2026-11-20T08:30:00Z">
      <link rel="canonical" href="https://example.com/a">
    </head><body><p>Text.</p></body></html>)");
  EXPECT_EQ(article.info.title, "Page - Site");
  EXPECT_EQ(article.info.language, "en-GB");
  EXPECT_EQ(article.info.author, "Jane Doe");
  EXPECT_EQ(article.info.description, "What it is about.");
  EXPECT_EQ(article.info.date, "2026-11-20");
  EXPECT_EQ(article.info.url, "https://example.com/a");
}

TEST(DocumentHtml, MalformedMetadataKeepsTheDefaults) {
  Article article = Read(R"(<html lang="English"><head><meta name="date" content="Nov 20">
    </head><body><p>Text.</p></body></html>)",
                         ArticleInfo{.date = "2000-01-01", .language = "en-US"});
  EXPECT_EQ(article.info.language, "en-US");
  EXPECT_EQ(article.info.date, "2000-01-01");
}

TEST(DocumentHtml, TheH1ThatRepeatsTheTitleIsNotASection) {
  Article article = Read(R"(<html><head><title>The Real Title | Site</title></head>
    <body><h1>The <em>Real</em> Title</h1><p>Intro.</p><h2>Part</h2><p>Body.</p></body></html>)");
  EXPECT_EQ(article.info.title, "The Real Title");
  ASSERT_EQ(article.sections.size(), 2u);
  EXPECT_TRUE(article.sections[0].title_from_article);
  EXPECT_EQ(article.sections[0].title, "The Real Title");
  EXPECT_EQ(article.sections[1].title, "Part");
}

TEST(DocumentHtml, OgTitleIsPreferredToTheTitleElement) {
  Article article = Read(R"(<html><head><title>Page | Site</title>
    <meta property="og:title" content="Og Title"></head><body><p>Text.</p></body></html>)");
  EXPECT_EQ(article.info.title, "Og Title");
}

TEST(DocumentHtml, ReadsOnlyTheArticleElementWhenThereIsOne) {
  Article article = Read(R"(<body><nav>Menu</nav><p>Outside.</p>
    <article><header><h1>T</h1><p>By line</p></header><p>Inside.</p>
    <aside>Related</aside><footer>Share</footer></article></body>)");
  EXPECT_EQ(Texts(article), std::vector<std::string>{"Inside."});
}

TEST(DocumentHtml, FallsBackToMainThenBody) {
  EXPECT_EQ(Texts(Read("<body><p>Out.</p><main><p>In main.</p></main></body>")),
            std::vector<std::string>{"In main."});
  EXPECT_EQ(Texts(Read("<body><header>H</header><p>Body text.</p><footer>F</footer></body>")),
            std::vector<std::string>{"Body text."});
}

TEST(DocumentHtml, SkipsScriptsFurnitureAndHiddenContent) {
  Article article = Read(R"(<body><p>Kept.</p><script>var a;</script><style>p{}</style>
    <form class="newsletter"><p>Subscribe</p></form><noscript>Enable JS</noscript>
    <p hidden>Hidden.</p><p aria-hidden="true">Decor.</p><p style="display: none">No.</p>
    <div style="visibility:hidden">Gone.</div></body>)");
  EXPECT_EQ(Texts(article), std::vector<std::string>{"Kept."});
}

TEST(DocumentHtml, FigureIsAnnouncedWithItsCaption) {
  Article article = Read(R"(<body><p>Text.</p><figure><img src="a.jpg" alt="A bone">
    <figcaption>The <b>caption</b>.</figcaption></figure></body>)");
  EXPECT_EQ(Texts(article), (std::vector<std::string>{"Text.", "Image: The caption."}));
  EXPECT_EQ(article.sections[0].blocks[1].kind, BlockKind::kFigure);
  EXPECT_EQ(article.sections[0].blocks[1].image, "a.jpg");
  EXPECT_EQ(article.sections[0].blocks[1].image_alt, "A bone");
}

TEST(DocumentHtml, ListItemsQuotesAndLinks) {
  Article article = Read(R"(<body><ul><li>One</li><li><p>Two,</p><p>joined.</p></li></ul>
    <ol><li>First</li></ol><blockquote><p>"Said." &mdash; Her</p></blockquote>
    <p>A <a href=" https://example.com ">link</a>.</p></body>)");
  const std::vector<Block>& blocks = article.sections.at(0).blocks;
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[1].text, "Two, joined.");
  EXPECT_EQ(blocks[0].list_id, blocks[1].list_id);
  EXPECT_TRUE(blocks[2].ordered_list);
  EXPECT_NE(blocks[2].list_id, blocks[0].list_id);
  EXPECT_EQ(blocks[3].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[3].text, "\"Said.\" \u2014 Her");
  ASSERT_EQ(blocks[4].links.size(), 1u);
  EXPECT_EQ(blocks[4].links[0].href, "https://example.com");
  EXPECT_EQ(blocks[4].text.substr(blocks[4].links[0].begin, 4), "link");
}

TEST(DocumentHtml, TextDirectlyInContainersIsKept) {
  Article article = Read("<body><div>Loose <i>text</i><div>Inner.</div>tail.</div></body>");
  EXPECT_EQ(Texts(article), (std::vector<std::string>{"Loose text", "Inner.", "tail."}));
}

TEST(DocumentHtml, ElementsInAnotherLanguageMarkTheirBlocks) {
  Article article = Read(R"(<html lang="en"><body><p>Hello.</p><p lang="fr">Bonjour.</p>
    <div lang="EN"><p>Same.</p></div></body></html>)");
  const std::vector<Block>& blocks = article.sections.at(0).blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].language, "");
  EXPECT_EQ(blocks[1].language, "fr");
  EXPECT_EQ(blocks[2].language, "");
}

TEST(DocumentHtml, InlineElementsInAnotherLanguageArePassagesOfTheirBlock) {
  Article article = Read(R"(<html lang="en"><body>
    <p>The <span lang="de">Zeitgeist</span> of the <i lang="fr">belle   époque</i>,
       <q lang="de">so <b>war</b> es</q> and <span lang="EN">more</span>.</p>
    <p><span lang="de">Ganz deutsch.</span></p>
    <p lang="de">Er sagte <em lang="en">hello</em> laut.</p></body></html>)");
  const std::vector<Block>& blocks = article.sections.at(0).blocks;
  ASSERT_EQ(blocks.size(), 3u);
  const Block& mixed = blocks[0];
  EXPECT_EQ(mixed.text, "The Zeitgeist of the belle époque, so war es and more.");
  EXPECT_EQ(mixed.language, "");
  ASSERT_EQ(mixed.passages.size(), 3u);  // "more" is in the block's language
  const auto text_of = [&](const LanguageSpan& span) {
    return mixed.text.substr(span.begin, span.end - span.begin);
  };
  EXPECT_EQ(text_of(mixed.passages[0]), "Zeitgeist");
  EXPECT_EQ(mixed.passages[0].language, "de");
  EXPECT_EQ(text_of(mixed.passages[1]), "belle époque");
  EXPECT_EQ(mixed.passages[1].language, "fr");
  EXPECT_EQ(text_of(mixed.passages[2]), "so war es");
  // A block that is all one inline passage takes its language.
  EXPECT_EQ(blocks[1].language, "de");
  EXPECT_TRUE(blocks[1].passages.empty());
  // A passage in the article's language inside a block in another.
  EXPECT_EQ(blocks[2].language, "de");
  ASSERT_EQ(blocks[2].passages.size(), 1u);
  EXPECT_EQ(blocks[2].passages[0].language, "en");
  EXPECT_EQ(blocks[2].text.substr(blocks[2].passages[0].begin, 5), "hello");
}

TEST(DocumentHtml, ImageAloneIsAFigureAndInsideASentenceKeepsItsAlt) {
  Article article = Read(R"(<body><p><img src="x" alt="only picture"></p>
    <p>Press <img src="g" alt="gear"> now.</p></body>)");
  EXPECT_EQ(Texts(article), (std::vector<std::string>{"Image: only picture", "Press gear now."}));
  EXPECT_EQ(article.sections[0].blocks[0].image, "x");
  EXPECT_EQ(article.sections[0].blocks[0].image_alt, "only picture");
  EXPECT_EQ(article.sections[0].blocks[1].image, "");
}

TEST(DocumentHtml, SourceLinesPointAtTheText) {
  Article article = Read("<html><body>\n<h2>Part</h2>\n\n<p>\nText.</p></body></html>");
  ASSERT_EQ(article.sections.size(), 1u);
  EXPECT_EQ(article.sections[0].source_line, 2);
  EXPECT_EQ(article.sections[0].blocks.at(0).source_line, 4);
}

}  // namespace
}  // namespace spoken
