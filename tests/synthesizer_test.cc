#include "speech/synthesizer.h"

#include <gtest/gtest.h>

#include "pronounce/planner.h"
#include "text/script_builder.h"

namespace spoken {
namespace {

Script TwoSectionScript() {
  Article article;
  article.info = {.slug = "tiny",
                  .source_path = "tiny.md",
                  .title = "Tiny",
                  .author = "A. Writer",
                  .language = "en-US"};
  article.sections.push_back({.title = "Tiny",
                              .title_from_article = true,
                              .blocks = {{.text = "Bones talk to the brain. It talks back."}}});
  article.sections.push_back(
      {.title = "Second part", .blocks = {{.text = "In 2026 a review said so."}}});
  auto script = BuildScript(article, {});
  EXPECT_TRUE(script.ok());
  return std::move(script).value();
}

class SynthesizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto engine = EspeakEngine::Create();
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    engine_ = std::move(engine).value();
    ASSERT_TRUE(engine_->SetVoice(voice_).ok());
  }
  VoiceProfile voice_;
  std::unique_ptr<EspeakEngine> engine_;
};

TEST_F(SynthesizerTest, TimesEverySentenceInOrderWithThePausesOfTheVoice) {
  const Script script = TwoSectionScript();
  const SpeechPlan plan = PlanSpeech(script);
  auto speech = Synthesize(plan, voice_, *engine_);
  ASSERT_TRUE(speech.ok());
  const Timeline& timeline = speech->timeline;
  EXPECT_EQ(timeline.sample_rate_hz, 22050);
  ASSERT_EQ(timeline.sentences.size(), plan.utterances.size());
  ASSERT_EQ(timeline.sections.size(), 2u);
  EXPECT_EQ(timeline.total_samples, static_cast<int64_t>(speech->pcm.size()));
  for (size_t i = 1; i < timeline.sentences.size(); ++i) {
    EXPECT_GT(timeline.sentences[i].start_sample, timeline.sentences[i - 1].end_sample);
  }
  // The second section starts with its heading, right after the first section's pause.
  EXPECT_EQ(timeline.sections[0].end_sample, timeline.sections[1].start_sample);
  const int64_t pause = timeline.sections[1].start_sample - timeline.sentences[2].end_sample;
  EXPECT_EQ(pause, voice_.section_pause_ms * 22050 / 1000);
}

TEST_F(SynthesizerTest, WordTimingsPointAtTheWordsOfTheSpokenText) {
  const Script script = TwoSectionScript();
  const SpeechPlan plan = PlanSpeech(script);
  auto speech = Synthesize(plan, voice_, *engine_);
  ASSERT_TRUE(speech.ok());
  const Sentence& sentence =
      script.sections[0].blocks[1].sentences[0];  // "Bones talk to the brain."
  const SentenceTiming& timing = speech->timeline.sentences[1];
  ASSERT_EQ(timing.words.size(), 5u);
  std::vector<std::string> words;
  for (const WordTiming& word : timing.words) {
    words.push_back(sentence.spoken.substr(word.spoken_begin, word.spoken_end - word.spoken_begin));
    EXPECT_GE(word.start_sample, timing.start_sample);
    EXPECT_LE(word.end_sample, timing.end_sample);
    EXPECT_LT(word.start_sample, word.end_sample);
  }
  EXPECT_EQ(words[0].substr(0, 5), "Bones");
  EXPECT_EQ(words[4].substr(0, 5), "brain");
}

// Longest run of near-silent samples, in samples.
size_t LongestSilence(const std::vector<int16_t>& pcm) {
  size_t longest = 0, run = 0;
  for (const int16_t sample : pcm) {
    run = std::abs(sample) < 200 ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

TEST_F(SynthesizerTest, ArticleTextIsNeverReadAsMarkupOrPhonemes) {
  const std::string text = "one <break time=\"3s\"/> [[h@l'oU]] two";
  Utterance escaped;
  AppendEscaped(text, 0, escaped);
  EXPECT_EQ(escaped.engine_input.find('<'), std::string::npos);
  EXPECT_EQ(escaped.engine_input.find("[["), std::string::npos);

  auto as_markup = engine_->Synthesize(text);  // what would happen without escaping
  auto as_text = engine_->Synthesize(escaped.engine_input);
  ASSERT_TRUE(as_markup.ok() && as_text.ok());
  EXPECT_GT(LongestSilence(as_markup->pcm), 22050u * 29 / 10);  // the 3 s break was obeyed
  EXPECT_LT(LongestSilence(as_text->pcm), 22050u / 2);          // read as words instead
}

TEST(EspeakEngine, RefusesASecondEngineInOneProcess) {
  auto first = EspeakEngine::Create();
  ASSERT_TRUE(first.ok());
  auto second = EspeakEngine::Create();
  EXPECT_FALSE(second.ok());
}

TEST(EspeakEngine, UnknownVoiceIsNotFound) {
  auto engine = EspeakEngine::Create();
  ASSERT_TRUE(engine.ok());
  VoiceProfile voice;
  voice.espeak_voice = "xx-nonexistent";
  const Status status = (*engine)->SetVoice(voice);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kNotFound);
}

TEST_F(SynthesizerTest, SpeaksAPassageInTheVoiceOfItsLanguage) {
  Article article;
  article.info = {
      .slug = "quote", .source_path = "quote.md", .title = "Quote", .language = "en-US"};
  article.sections.push_back(
      {.title = "Quote",
       .title_from_article = true,
       .blocks = {{.text = "Guten Morgen, Frau Berger.", .language = "de"}}});
  auto script = BuildScript(article, {}, **SpokenFormNormalizer::Create({}), Announcement::kOmit);
  ASSERT_TRUE(script.ok());
  const SpeechPlan plan = PlanSpeech(*script);
  ASSERT_EQ(plan.utterances.size(), 1u);
  ASSERT_EQ(plan.utterances[0].language, "de");
  const auto speak = [&](const EditionVoices& voices) {
    std::vector<int16_t> pcm;
    auto timeline =
        SynthesizeRange(plan, voices, *engine_, 0, 1, [&pcm](const int16_t* samples, size_t count) {
          pcm.insert(pcm.end(), samples, samples + count);
          return Status::Ok();
        });
    EXPECT_TRUE(timeline.ok());
    return pcm;
  };
  const VoiceProfile german{.name = "de", .espeak_voice = "de", .language = "de-DE"};
  const std::vector<int16_t> in_german = speak({.main = voice_, .passages = {{"de", german}}});
  const std::vector<int16_t> in_english = speak({.main = voice_});
  EXPECT_NE(in_german, in_english);
}

TEST_F(SynthesizerTest, AnInlinePassageSwitchesVoiceInsideOneSentenceAndKeepsItsWordsTimed) {
  Article article;
  article.info = {.slug = "word", .source_path = "word.md", .title = "Word", .language = "en-US"};
  const std::string text = "It was the Zeitgeist of the age.";
  article.sections.push_back({.title = "Word",
                              .title_from_article = true,
                              .blocks = {{.text = text, .passages = {{11, 20, "de"}}}}});
  auto script = BuildScript(article, {}, **SpokenFormNormalizer::Create({}), Announcement::kOmit);
  ASSERT_TRUE(script.ok());
  const SpeechPlan plan = PlanSpeech(*script);
  ASSERT_EQ(plan.utterances.size(), 1u);
  const VoiceProfile german{.name = "de", .espeak_voice = "de", .language = "de-DE"};
  const auto speak = [&](const EditionVoices& voices, std::vector<int16_t>& pcm) {
    auto timeline =
        SynthesizeRange(plan, voices, *engine_, 0, 1, [&pcm](const int16_t* samples, size_t count) {
          pcm.insert(pcm.end(), samples, samples + count);
          return Status::Ok();
        });
    EXPECT_TRUE(timeline.ok());
    return std::move(timeline).value();
  };
  std::vector<int16_t> mixed, english;
  const Timeline with_passage = speak({.main = voice_, .passages = {{"de", german}}}, mixed);
  const Timeline without = speak({.main = voice_}, english);
  EXPECT_NE(mixed, english);
  // The same words, in order, each inside the sentence; "Zeitgeist" has its own.
  const std::vector<WordTiming>& words = with_passage.sentences.at(0).words;
  std::vector<std::string> said;
  for (const WordTiming& word : words) {
    said.push_back(text.substr(word.spoken_begin, word.spoken_end - word.spoken_begin));
    EXPECT_GE(word.start_sample, with_passage.sentences[0].start_sample);
    EXPECT_LE(word.end_sample, with_passage.sentences[0].end_sample);
    EXPECT_LT(word.start_sample, word.end_sample);
  }
  EXPECT_NE(std::find(said.begin(), said.end(), "Zeitgeist"), said.end())
      << ::testing::PrintToString(said);
  EXPECT_EQ(words.size(), without.sentences.at(0).words.size());
}

}  // namespace
}  // namespace spoken
