#include <gtest/gtest.h>

#include "document/json_ld.h"

namespace spoken {
namespace {

TEST(DocumentJsonLd, ReadsANewsArticle) {
  LinkedArticle article = ReadLinkedArticle(R"({"@context": "https://schema.org",
    "@type": "NewsArticle", "headline": "Bridge \u00e9t\u00e9 \"reopens\"",
    "author": {"@type": "Person", "name": "Ana Ruiz"}, "datePublished": "2026-03-14",
    "image": {"@type": "ImageObject", "url": "https://x.example/a.jpg"},
    "publisher": {"name": "CRBC"}, "wordCount": 412, "isFree": true})");
  ASSERT_TRUE(article.found);
  EXPECT_EQ(article.headline, "Bridge \u00e9t\u00e9 \"reopens\"");
  EXPECT_EQ(article.author, "Ana Ruiz");
  EXPECT_EQ(article.date_published, "2026-03-14");
  EXPECT_EQ(article.image, "https://x.example/a.jpg");
  EXPECT_EQ(article.publisher, "CRBC");
}

TEST(DocumentJsonLd, SurrogatePairsJoinAndLoneSurrogatesBecomeReplacementCharacters) {
  EXPECT_EQ(ReadLinkedArticle(R"({"@type": "Article", "headline": "A \ud83c\udfa7 B"})").headline,
            "A \xF0\x9F\x8E\xA7 B");
  EXPECT_EQ(ReadLinkedArticle(R"({"@type": "Article", "headline": "A \ud83c B \udfa7"})").headline,
            "A \xEF\xBF\xBD B \xEF\xBF\xBD");
}

TEST(DocumentJsonLd, FindsTheArticleInAGraphOrAnArray) {
  EXPECT_EQ(ReadLinkedArticle(R"({"@graph": [{"@type": "WebSite", "name": "Site"},
    {"@type": ["BlogPosting"], "name": "Post", "author": ["Ann", {"name": "Bo"}]}]})")
                .author,
            "Ann, Bo");
  EXPECT_EQ(ReadLinkedArticle(R"([{"@type": "Organization"}, {"@type": "Article",
    "headline": "In an array"}])")
                .headline,
            "In an array");
}

TEST(DocumentJsonLd, CdataWrappersAreIgnored) {
  EXPECT_TRUE(ReadLinkedArticle("<![CDATA[{\"@type\": \"Article\"}]]>").found);
}

TEST(DocumentJsonLd, MalformedJsonOrNoArticleFindsNothing) {
  EXPECT_FALSE(ReadLinkedArticle(R"({"@type": "Article", "headline": )").found);
  EXPECT_FALSE(ReadLinkedArticle(R"({"@type": "Recipe", "name": "Soup"})").found);
  EXPECT_FALSE(ReadLinkedArticle("").found);
  EXPECT_FALSE(ReadLinkedArticle(std::string(200, '[')).found);
}

}  // namespace
}  // namespace spoken
