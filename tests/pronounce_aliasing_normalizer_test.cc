#include <gtest/gtest.h>

#include "pronounce/aliasing_normalizer.h"

namespace spoken {
namespace {

LexiconSet Who() {
  auto lexicon = ParseLexicon(
      "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
      "xmlns:spoken=\"urn:x-spoken:pls\" alphabet=\"ipa\" xml:lang=\"en-US\">"
      "<lexeme spoken:case=\"sensitive\"><grapheme>WHO</grapheme>"
      "<alias>World Health Organization</alias></lexeme>"
      "<lexeme><grapheme>Tue</grapheme><alias>Tuesday 3 pm</alias></lexeme></lexicon>",
      "t.pls");
  EXPECT_TRUE(lexicon.ok());
  return LexiconSet::Build({*lexicon}, "en-US", nullptr);
}

std::unique_ptr<SpokenFormNormalizer> Plain() {
  auto normalizer = SpokenFormNormalizer::Create({.locale = "en-US"});
  EXPECT_TRUE(normalizer.ok());
  return std::move(normalizer).value();
}

TEST(AliasingNormalizer, SaysTheAliasAndMapsItBackToTheOriginal) {
  const LexiconSet lexicons = Who();
  const AliasingNormalizer normalizer(Plain(), lexicons, "en-US");
  const std::string display = "The WHO met who?";
  const SpokenText spoken = normalizer.Normalize(display);
  EXPECT_EQ(spoken.spoken, "The World Health Organization met who?");
  const size_t health = spoken.spoken.find("Health");
  EXPECT_EQ(spoken.map.ToDisplay(health, health + 6), (std::pair<size_t, size_t>{4, 7}));
  const size_t who = spoken.spoken.rfind("who");
  EXPECT_EQ(spoken.map.ToDisplay(who, who + 3), (std::pair<size_t, size_t>{12, 15}));
  ASSERT_FALSE(spoken.rewrites.empty());
  EXPECT_EQ(spoken.rewrites[0].rule, "alias");
}

TEST(AliasingNormalizer, NormalizesNumbersInsideAnAlias) {
  const LexiconSet lexicons = Who();
  const AliasingNormalizer normalizer(Plain(), lexicons, "en-US");
  const SpokenText spoken = normalizer.Normalize("See you Tue.");
  EXPECT_EQ(spoken.spoken.find('3'), std::string::npos) << spoken.spoken;
  EXPECT_EQ(spoken.map.display_length(), std::string("See you Tue.").size());
}

TEST(AliasingNormalizer, WithoutAliasesIsThePlainNormalizer) {
  const LexiconSet lexicons = Who();
  const AliasingNormalizer normalizer(Plain(), lexicons, "en-US");
  EXPECT_EQ(normalizer.Normalize("It costs 5 dollars.").spoken,
            Plain()->Normalize("It costs 5 dollars.").spoken);
}

}  // namespace
}  // namespace spoken
