#include <gtest/gtest.h>

#include <sstream>

#include "publish/webvtt_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

std::string Captions(const Edition& edition) {
  std::ostringstream out;
  WriteCaptionsVtt(edition, out);
  return out.str();
}

std::string Chapters(const Edition& edition) {
  std::ostringstream out;
  WriteChaptersVtt(edition, out);
  return out.str();
}

// The German quote (s6) is marked with a WebVTT language span, as the transcript marks it.
TEST(CaptionsVtt, HasOneEscapedCuePerSentenceNamedBySentenceId) {
  EXPECT_EQ(Captions(TinyEdition()),
            "WEBVTT\n\nNOTE Tides &amp; Moons: captions of the audio edition\n\n"
            "s1\n00:00:00.000 --> 00:00:01.500\nTides &amp; Moons, by A. Writer.\n\n"
            "s2\n00:00:01.800 --> 00:00:02.900\nThe Moon pulls the sea.\n\n"
            "s3\n00:00:03.000 --> 00:00:03.900\nOsteocalcin is not involved.\n\n"
            "s4\n00:00:04.000 --> 00:00:04.600\nWhy &lt;it&gt; matters\n\n"
            "s5\n00:00:05.000 --> 00:00:06.200\nHigh tide at 6:30.\n\n"
            "s6\n00:00:06.800 --> 00:00:08.500\n<lang de>Ebbe und Flut.</lang>\n\n");
}

TEST(CaptionsVtt, AnInlinePassageIsALangSpanInsideItsSentencesCue) {
  Edition edition = TinyEdition();
  // "sea" in s2 is French; in the German quote s6, "Flut" is English.
  AddPassage(TinyS2(edition), 19, 22, "fr");
  AddPassage(TinyS6(edition), 9, 13, "en");
  const std::string captions = Captions(edition);
  EXPECT_NE(captions.find("s2\n00:00:01.800 --> 00:00:02.900\nThe Moon pulls the "
                          "<lang fr>sea</lang>.\n\n"),
            std::string::npos)
      << captions;
  EXPECT_NE(captions.find("<lang de>Ebbe und <lang en>Flut</lang>.</lang>\n\n"), std::string::npos)
      << captions;
}

TEST(CaptionsVtt, ALongCueWithAPassageBreaksLinesOnlyBetweenWords) {
  Edition edition = TinyEdition();
  Sentence& sentence = edition.script.sections[0].blocks[1].sentences[0];
  sentence = PlainSentence("s2", std::string(60, 'a') + " bb cc.");
  sentence.passages.push_back({.display_begin = 61, .display_end = 63, .language = "de"});
  EXPECT_NE(Captions(edition).find(std::string(60, 'a') + "\n<lang de>bb</lang> cc.\n"),
            std::string::npos)
      << Captions(edition);
}

TEST(CaptionsVtt, ShowsTheDisplayTextNotTheSpokenText) {
  EXPECT_EQ(Captions(TinyEdition()).find("six thirty"), std::string::npos);
}

TEST(CaptionsVtt, RoundsSampleTimesToTheNearestMillisecond) {
  Edition edition = TinyEdition();
  edition.timeline.sample_rate_hz = 22050;
  edition.script.sections.resize(1);
  edition.script.sections[0].blocks.resize(1);  // the announcement, s1
  edition.timeline.sentences = {{.start_sample = 11, .end_sample = 33'076}};  // 0.499, 1500.05 ms
  EXPECT_EQ(Captions(edition),
            "WEBVTT\n\nNOTE Tides &amp; Moons: captions of the audio edition\n\n"
            "s1\n00:00:00.000 --> 00:00:01.500\nTides &amp; Moons, by A. Writer.\n\n");
}

TEST(CaptionsVtt, WrapsLongSentencesAt65Characters) {
  Edition edition = TinyEdition();
  Sentence& sentence = edition.script.sections[0].blocks[1].sentences[0];
  sentence = PlainSentence("s2",
                           "The Moon pulls the sea towards it twice a day, and the Sun pulls "
                           "it a little too, which is why spring tides are high.");
  const std::string captions = Captions(edition);
  EXPECT_NE(captions.find("s2\n00:00:01.800 --> 00:00:02.900\n"
                          "The Moon pulls the sea towards it twice a day, and the Sun pulls\n"
                          "it a little too, which is why spring tides are high.\n\n"),
            std::string::npos)
      << captions;
}

TEST(ChaptersVtt, HasOneCuePerSectionFromItsStartToTheNextSection) {
  EXPECT_EQ(Chapters(TinyEdition()),
            "WEBVTT\n\n"
            "chapter-1\n00:00:00.000 --> 00:00:04.000\nTides &amp; Moons\n\n"
            "chapter-2\n00:00:04.000 --> 00:00:09.000\nWhy &lt;it&gt; matters\n\n");
}

TEST(ChaptersVtt, WritesHoursPastNinetyNineMinutes) {
  Edition edition = TinyEdition();
  edition.timeline.sections[1].end_sample = (2 * 3600 + 5) * 1000 + 7;
  EXPECT_NE(Chapters(edition).find("00:00:04.000 --> 02:00:05.007\n"), std::string::npos);
}

}  // namespace
}  // namespace spoken
