// Sentence breaks: none after abbreviations, one where a sentence really ends.
#include <gtest/gtest.h>

#include "text/sentence_splitter.h"

namespace spoken {
namespace {

std::vector<std::string> Sentences(const std::string& text, const std::string& locale = "en-US") {
  auto splitter = SentenceSplitter::Create(locale);
  EXPECT_TRUE(splitter.ok());
  std::vector<std::string> out;
  for (const auto& [begin, end] : (*splitter)->Split(text))
    out.push_back(text.substr(begin, end - begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(TextSentences, DoesNotBreakAfterTitlesAndReferenceAbbreviations) {
  EXPECT_EQ(Sentences("We met Dr. Smith and Mr. Li. See Fig. 2 and Eq. 3 vs. the rest."),
            Strings({"We met Dr. Smith and Mr. Li.", "See Fig. 2 and Eq. 3 vs. the rest."}));
}

TEST(TextSentences, DoesNotBreakInsideACitation) {
  EXPECT_EQ(Sentences("The axis. (Li et al.,Biomolecules, 2026) It works."),
            Strings({"The axis.", "(Li et al.,Biomolecules, 2026) It works."}));
  EXPECT_EQ(Sentences("The review by Li et al. found a link."),
            Strings({"The review by Li et al. found a link."}));
}

TEST(TextSentences, BreaksWhereASentenceEnds) {
  EXPECT_EQ(Sentences("It rained. Then it stopped! Did it? Yes."),
            Strings({"It rained.", "Then it stopped!", "Did it?", "Yes."}));
}

TEST(TextSentences, DoesNotBreakAfterInitialsOrUs) {
  EXPECT_EQ(Sentences("C. S. Lewis wrote it in the U.S. in 1950."),
            Strings({"C. S. Lewis wrote it in the U.S. in 1950."}));
}

TEST(TextSentences, JapaneseChineseAndArabicBreakAtTheirFullStopsInOrder) {
  EXPECT_EQ(Sentences("駅前に図書館ができました。多くの人が来ます。", "ja"),
            Strings({"駅前に図書館ができました。", "多くの人が来ます。"}));
  EXPECT_EQ(Sentences("今天下雨。我们在家。", "zh-CN"), Strings({"今天下雨。", "我们在家。"}));
  EXPECT_EQ(Sentences("مرحبا بكم. نحن هنا.", "ar"), Strings({"مرحبا بكم.", "نحن هنا."}));
}

TEST(TextSentences, GermanDoesNotBreakAfterOrdinalDates) {
  EXPECT_EQ(Sentences("Am 25. Juli 2012 begann es. Dr. Weber kam.", "de-DE"),
            Strings({"Am 25. Juli 2012 begann es.", "Dr. Weber kam."}));
}

}  // namespace
}  // namespace spoken
