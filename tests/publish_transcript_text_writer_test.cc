#include <gtest/gtest.h>

#include <sstream>

#include "publish/transcript_text_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

TEST(TranscriptText, ReadsLikeTheArticleWithTimedHeadingsListsAndQuotes) {
  std::ostringstream out;
  WriteTranscriptText(TinyEdition(), out);
  EXPECT_EQ(out.str(),
            "Tides & Moons\n\n"
            "[Tides & Moons, by A. Writer.]\n\n"
            "The Moon pulls the sea. Osteocalcin is not involved.\n\n"
            "## Why <it> matters (0:04)\n\n"
            "- High tide at 6:30.\n\n"
            "> Ebbe und Flut.\n\n");
}

TEST(TranscriptText, TimesHeadingsPastAnHourWithHours) {
  Edition edition = TinyEdition();
  edition.timeline.sections[1].start_sample = (3600 + 2 * 60 + 3) * 1000;
  std::ostringstream out;
  WriteTranscriptText(edition, out);
  EXPECT_NE(out.str().find("## Why <it> matters (1:02:03)\n"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace spoken
