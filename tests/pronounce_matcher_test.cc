#include <gtest/gtest.h>

#include <filesystem>

#include "pronounce/alias.h"
#include "pronounce/ipa_to_espeak.h"
#include "pronounce/lexicon_loader.h"
#include "pronounce/lexicon_set.h"

namespace spoken {
namespace {

Lexicon Parse(const std::string& body, const std::string& path = "t.pls") {
  auto lexicon = ParseLexicon(
      "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
      "xmlns:spoken=\"urn:x-spoken:pls\" alphabet=\"ipa\" xml:lang=\"en-US\">" +
          body + "</lexicon>",
      path);
  EXPECT_TRUE(lexicon.ok()) << lexicon.error().message;
  return lexicon.ok() ? *lexicon : Lexicon{};
}

std::vector<std::string> Found(const LexiconSet& set, std::string_view text,
                               PronunciationKind kind = PronunciationKind::kPhoneme) {
  std::vector<std::string> found;
  for (const LexiconMatch& m : set.FindAll(text, kind, "en-US")) {
    found.push_back(std::string(text.substr(m.begin, m.end - m.begin)) + "=" + m.entry->ipa);
  }
  return found;
}

const char* kEntries =
    "<lexeme spoken:case=\"sensitive\"><grapheme>Li</grapheme><phoneme>ˈliː</phoneme></lexeme>"
    "<lexeme><grapheme>osteocalcin</grapheme><phoneme>ˌɒstioʊˈkælsɪn</phoneme></lexeme>"
    "<lexeme><grapheme>Xi'an</grapheme><phoneme>ˌʃiːˈɑːn</phoneme></lexeme>"
    "<lexeme><grapheme>bone–brain axis</grapheme><phoneme>ˈboʊn ˈbreɪn ˈæksɪs</phoneme></lexeme>"
    "<lexeme><grapheme>bone</grapheme><phoneme>ˈboʊn</phoneme></lexeme>"
    "<lexeme spoken:case=\"sensitive\"><grapheme>WHO</grapheme><alias>World Health "
    "Organization</alias></lexeme>";

TEST(LexiconMatcher, CaseSensitiveNameLeavesOtherCasesAlone) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_EQ(Found(set, "Li said li and LI."), (std::vector<std::string>{"Li=ˈliː"}));
}

TEST(LexiconMatcher, OtherEntriesMatchCaseFolded) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_EQ(Found(set, "Osteocalcin, OSTEOCALCIN."),
            (std::vector<std::string>{"Osteocalcin=ˌɒstioʊˈkælsɪn", "OSTEOCALCIN=ˌɒstioʊˈkælsɪn"}));
}

TEST(LexiconMatcher, ExactCaseEntryWinsOverAFoldedOne) {
  const LexiconSet set = LexiconSet::Build(
      {Parse("<lexeme><grapheme>polish</grapheme><phoneme>ˈpɑlɪʃ</phoneme></lexeme>"
             "<lexeme><grapheme>Polish</grapheme><phoneme>ˈpoʊlɪʃ</phoneme></lexeme>")},
      "en-US", nullptr);
  EXPECT_EQ(Found(set, "Polish polish"),
            (std::vector<std::string>{"Polish=ˈpoʊlɪʃ", "polish=ˈpɑlɪʃ"}));
}

TEST(LexiconMatcher, MatchesWholeWordsOnly) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_TRUE(Found(set, "Lin and Li's and osteocalcins").empty());
}

TEST(LexiconMatcher, ApostrophesAndDashesMatchTheirVariants) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_EQ(Found(set, "Xi’an"), (std::vector<std::string>{"Xi’an=ˌʃiːˈɑːn"}));
  EXPECT_EQ(Found(set, "the bone-brain  axis"),
            (std::vector<std::string>{"bone-brain  axis=ˈboʊn ˈbreɪn ˈæksɪs"}));
}

TEST(LexiconMatcher, LongestMultiWordGraphemeWins) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_EQ(Found(set, "bone–brain axis and bone"),
            (std::vector<std::string>{"bone–brain axis=ˈboʊn ˈbreɪn ˈæksɪs", "bone=ˈboʊn"}));
}

TEST(LexiconMatcher, LaterLexiconOverridesEarlier) {
  const LexiconSet set = LexiconSet::Build(
      {Parse(kEntries, "general.pls"),
       Parse("<lexeme><grapheme>osteocalcin</grapheme><phoneme>ˌɑstioʊˈkælsɪn</phoneme></lexeme>",
             "article.pls")},
      "en-US", nullptr);
  const auto matches = set.FindAll("osteocalcin", PronunciationKind::kPhoneme, "en-US");
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].entry->lexicon, "article.pls");
}

TEST(LexiconMatcher, EntriesApplyOnlyToTheirLanguage) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  EXPECT_TRUE(set.FindAll("osteocalcin", PronunciationKind::kPhoneme, "fr-FR").empty());
  EXPECT_EQ(set.FindAll("osteocalcin", PronunciationKind::kPhoneme, "en-GB").size(), 1u);
}

TEST(LexiconMatcher, WarnsOncePerEntryAboutApproximations) {
  std::vector<std::string> warnings;
  LexiconSet::Build({Parse("<lexeme><grapheme>Müller</grapheme><grapheme>Mueller</grapheme>"
                           "<phoneme>ˈmʏlɐ</phoneme></lexeme>")},
                    "en-US", &warnings);
  EXPECT_EQ(
      warnings,
      (std::vector<std::string>{"t.pls:1: 'Müller' /ˈmʏlɐ/: nearest eSpeak phoneme for ʏ -> U"}));
}

TEST(Aliases, ReplaceGraphemesAndMapBackToThem) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  const AliasedText aliased = ApplyAliases("The WHO said who.", set, "en-US");
  EXPECT_EQ(aliased.text, "The World Health Organization said who.");
  EXPECT_EQ(aliased.replaced, 1);
  EXPECT_EQ(aliased.map.ToDisplay(4, 9), (std::pair<size_t, size_t>{4, 7}));     // "World"
  EXPECT_EQ(aliased.map.ToDisplay(30, 34), (std::pair<size_t, size_t>{8, 12}));  // "said"
}

TEST(Aliases, AnUnmarkedCapitalGraphemeAlsoReplacesLowercase) {
  const LexiconSet set = LexiconSet::Build(
      {Parse("<lexeme><grapheme>WHO</grapheme><alias>World Health Organization</alias></lexeme>")},
      "en-US", nullptr);
  EXPECT_EQ(ApplyAliases("who", set, "en-US").text, "World Health Organization");
}

TEST(Aliases, ComposedMapGoesFromNormalizedTextToTheOriginal) {
  const LexiconSet set = LexiconSet::Build({Parse(kEntries)}, "en-US", nullptr);
  const AliasedText aliased = ApplyAliases("WHO: 5 cases", set, "en-US");
  ASSERT_EQ(aliased.text, "World Health Organization: 5 cases");
  // A normalizer that reads "5" as "five" (display bytes 27..28 of the aliased text).
  OffsetMap normalized;
  normalized.AppendVerbatim(27);
  normalized.AppendRewrite(4, 1);
  normalized.AppendVerbatim(6);
  const OffsetMap composed = ComposeOffsetMaps(normalized, aliased.map);
  EXPECT_EQ(composed.spoken_length(), 37u);
  EXPECT_EQ(composed.display_length(), 12u);
  EXPECT_EQ(composed.ToDisplay(6, 12), (std::pair<size_t, size_t>{0, 3}));    // "Health" -> WHO
  EXPECT_EQ(composed.ToDisplay(27, 31), (std::pair<size_t, size_t>{5, 6}));   // "five" -> 5
  EXPECT_EQ(composed.ToDisplay(32, 37), (std::pair<size_t, size_t>{7, 12}));  // "cases"
}

}  // namespace
}  // namespace spoken

namespace spoken {
namespace {

TEST(LexiconSetLanguages, ALexiconInAnotherLanguageIsConvertedForItsOwnVoice) {
  auto german = ParseLexicon(
      "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
      "alphabet=\"ipa\" xml:lang=\"de-DE\"><lexeme><grapheme>Zeitgeist</grapheme>"
      "<phoneme>ˈt͡saɪ̯tɡaɪ̯st</phoneme></lexeme></lexicon>",
      "de.pls");
  ASSERT_TRUE(german.ok()) << german.error().message;
  const LexiconSet set = LexiconSet::Build({*german}, "en-US", nullptr);
  ASSERT_EQ(set.entries().size(), 1u);
  EXPECT_EQ(set.entries()[0].espeak, IpaToEspeak("ˈt͡saɪ̯tɡaɪ̯st", "de-DE").espeak);
  // Its entries apply to German text only.
  EXPECT_TRUE(set.FindAll("the Zeitgeist", PronunciationKind::kPhoneme, "en-US").empty());
  EXPECT_EQ(set.FindAll("der Zeitgeist", PronunciationKind::kPhoneme, "de").size(), 1u);
}

TEST(LexiconSetLanguages, ThePassagesLanguagesBringTheirBundledLexicons) {
  const ArticleInfo info{.language = "en-US"};
  const std::string dir = SPOKEN_SOURCE_DIR "/voices/lexicons";
  auto set = LoadArticleLexicons(info, dir, "en-US", nullptr, {"de", "de-AT", "xx"});
  ASSERT_TRUE(set.ok()) << set.error().message;
  std::vector<std::string> files;
  for (const LexiconEntry& entry : set->entries()) {
    const std::string file = std::filesystem::path(entry.lexicon).filename().string();
    if (files.empty() || files.back() != file) files.push_back(file);
  }
  EXPECT_EQ(files, (std::vector<std::string>{"en.pls", "de.pls"}));
  const LexiconEntry* who = set->Lookup("WHO", PronunciationKind::kAlias, "de");
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->alias, "Weltgesundheitsorganisation");
}

}  // namespace
}  // namespace spoken
