#include <gtest/gtest.h>

#include "pronounce/lexicon.h"
#include "pronounce/lexicon_check.h"

namespace spoken {
namespace {

const std::string kData = SPOKEN_TEST_DATA "/pronounce/";

TEST(PlsLexicon, ReadsGraphemesPhonemesAliasesAndLines) {
  auto lexicon = LoadLexicon(kData + "sample.pls");
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  EXPECT_EQ(lexicon->language, "en-US");
  ASSERT_EQ(lexicon->lexemes.size(), 7u);
  const Lexeme& colour = lexicon->lexemes[0];
  EXPECT_EQ(colour.graphemes, (std::vector<std::string>{"colour", "color"}));
  EXPECT_EQ(colour.line, 6);
  EXPECT_EQ(colour.Chosen()->text, "ˈkʌlɚ");
  EXPECT_EQ(colour.Chosen()->line, 9);
  EXPECT_EQ(lexicon->lexemes[5].Chosen()->kind, PronunciationKind::kAlias);
  EXPECT_EQ(lexicon->lexemes[5].Chosen()->text, "World Health Organization");
}

TEST(PlsLexicon, PrefersThePronunciationMarkedPreferTrue) {
  auto lexicon = LoadLexicon(kData + "sample.pls");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(lexicon->lexemes[1].Chosen()->text, "təˈmɑːtoʊ");
}

TEST(PlsLexicon, ReadsTheSpokenCaseAttributeThroughItsNamespace) {
  auto lexicon = LoadLexicon(kData + "sample.pls");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_TRUE(lexicon->lexemes[2].case_sensitive);
  EXPECT_FALSE(lexicon->lexemes[0].case_sensitive);
}

TEST(PlsLexicon, ConvertsXSampaPhonemesToIpa) {
  auto lexicon = LoadLexicon(kData + "sample.pls");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_EQ(lexicon->lexemes[6].Chosen()->text, "ˈdʒaʊ");
  EXPECT_EQ(lexicon->lexemes[6].Chosen()->written, "\"dZaU");
}

TEST(PlsLexicon, MalformedXmlNamesFileAndLine) {
  auto lexicon = ParseLexicon("<lexicon version=\"1.0\">\n<lexeme>\n</lexicon>", "x.pls");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.error().code, ErrorCode::kConfig);
  EXPECT_EQ(lexicon.error().message.rfind("x.pls:3: ", 0), 0u) << lexicon.error().message;
}

TEST(PlsLexicon, RejectsARootOutsideThePlsNamespace) {
  auto lexicon = ParseLexicon("<lexicon version=\"1.0\" xml:lang=\"en\"/>", "x.pls");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_NE(lexicon.error().message.find("not a PLS"), std::string::npos);
}

TEST(LexiconCheck, BundledSampleHasNoProblems) {
  auto lexicon = LoadLexicon(kData + "sample.pls");
  ASSERT_TRUE(lexicon.ok());
  for (const LexiconDiagnostic& d : CheckLexicon(*lexicon, "en-US")) ADD_FAILURE() << d.Format();
}

TEST(LexiconCheck, ReportsDuplicatesConflictsEmptiesAndUnknownSymbolsWithLines) {
  auto lexicon = LoadLexicon(kData + "broken.pls");
  ASSERT_TRUE(lexicon.ok());
  std::vector<std::string> lines;
  for (const LexiconDiagnostic& d : CheckLexicon(*lexicon, "en-US")) {
    lines.push_back((d.severity == LexiconDiagnostic::Severity::kError ? "E " : "W ") + d.Format());
  }
  const std::string p = kData + "broken.pls";
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "E " + p + ":9: 'Osteocalcin': duplicate of the entry on line 5",
                       "E " + p +
                           ":17: 'cortisol': conflicts with the entry on line 13 "
                           "(ipa:ˈkɔɹtəˌsɔl vs ipa:ˈkɔɹtəˌzɔl)",
                       "E " + p + ":23: 'empty': empty <phoneme>",
                       "E " + p + ":25: 'lonely': lexeme has no <phoneme> or <alias>",
                       "E " + p + ":30: 'strange': unknown IPA symbols ☃ in /ˈstɹeɪndʒ☃/",
                       "W " + p + ":34: 'Müller': no exact eSpeak phoneme, nearest used: ʏ -> U",
                   }));
}

}  // namespace
}  // namespace spoken
