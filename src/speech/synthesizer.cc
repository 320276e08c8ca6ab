#include "speech/synthesizer.h"

#include <algorithm>

#include "speech/voice_switch.h"

namespace spoken {
namespace {

int64_t MsToSamples(int ms, int sample_rate_hz) {
  return static_cast<int64_t>(ms) * sample_rate_hz / 1000;
}

// The pause that follows `current` when `next` comes after it (nullptr: the end).
int PauseAfterMs(const Utterance& current, const Utterance* next, const VoiceProfile& voice) {
  if (next == nullptr || next->section_index != current.section_index) {
    return voice.section_pause_ms;
  }
  if (next->block_index != current.block_index) return voice.paragraph_pause_ms;
  return voice.sentence_pause_ms;
}

// Word timings from WORD events. eSpeak emits several events for one written token (a
// number read as several words) and zero-length ones at clause ends: keep the first event
// of each text position with a length. A word ends where the next begins.
std::vector<WordTiming> WordsOf(const EngineOutput& output, const Utterance& utterance,
                                int64_t offset, int64_t end_sample) {
  std::vector<WordTiming> words;
  const size_t last = utterance.spoken_offsets.size() - 1;
  int previous_position = -1;
  for (const EngineEvent& event : output.events) {
    if (event.type != EngineEvent::Type::kWord || event.length <= 0) continue;
    if (event.text_position == previous_position || event.text_position < 1) continue;
    previous_position = event.text_position;
    const size_t first = std::min<size_t>(event.text_position - 1, last);
    const size_t after = std::min<size_t>(first + event.length, last);
    WordTiming word{.spoken_begin = utterance.spoken_offsets[first],
                    .spoken_end = utterance.spoken_offsets[after],
                    .start_sample = offset + event.sample};
    if (!words.empty()) {
      words.back().end_sample = word.start_sample;
      words.back().spoken_end = std::min(words.back().spoken_end, word.spoken_begin);
    }
    words.push_back(word);
  }
  if (!words.empty()) words.back().end_sample = end_sample;
  return words;
}

}  // namespace

Result<Timeline> SynthesizeRange(const SpeechPlan& plan, const EditionVoices& voices,
                                 EspeakEngine& engine, size_t first, size_t last,
                                 const PcmSink& sink, const SynthesisProgress& progress) {
  static const std::vector<int16_t> kSilence(4096, 0);
  const VoiceProfile& voice = voices.main;
  const VoiceProfile* current = &voice;
  const auto speak_in = [&](const VoiceProfile& wanted) -> Status {
    if (&wanted == current) return Status::Ok();
    current = &wanted;
    return engine.SetVoice(wanted);
  };
  Timeline timeline;
  timeline.sample_rate_hz = engine.sample_rate_hz();
  int64_t written = 0;
  for (size_t i = first; i < last; ++i) {
    const Utterance& utterance = plan.utterances[i];
    if (Status status = speak_in(voices.For(utterance.language)); !status.ok()) {
      return status.error();
    }
    const SwitchedInput input = SwitchVoices(utterance, voices);
    auto output = engine.Synthesize(input.ssml);
    if (!output.ok()) return output.error();
    for (EngineEvent& event : output->events) {  // positions in engine_input, markup left out
      if (event.text_position < 1) continue;
      const size_t at = std::min<size_t>(static_cast<size_t>(event.text_position) - 1,
                                         input.input_code_points.size() - 1);
      event.text_position = static_cast<int>(input.input_code_points[at]) + 1;
    }
    const int64_t start = written;
    const int64_t end = start + static_cast<int64_t>(output->pcm.size());
    timeline.sentences.push_back({start, end, WordsOf(*output, utterance, start, end)});
    if (Status status = sink(output->pcm.data(), output->pcm.size()); !status.ok()) {
      return status.error();
    }
    written = end;
    const Utterance* next = i + 1 < plan.utterances.size() ? &plan.utterances[i + 1] : nullptr;
    for (int64_t pause = MsToSamples(PauseAfterMs(utterance, next, voice), timeline.sample_rate_hz);
         pause > 0;) {
      const size_t n =
          static_cast<size_t>(std::min<int64_t>(pause, static_cast<int64_t>(kSilence.size())));
      if (Status status = sink(kSilence.data(), n); !status.ok()) return status.error();
      pause -= static_cast<int64_t>(n);
      written += static_cast<int64_t>(n);
    }
    if (progress) progress(i + 1 - first, last - first);
  }
  if (Status status = speak_in(voice); !status.ok()) return status.error();
  timeline.total_samples = written;
  return timeline;
}

void AppendTimeline(Timeline& whole, const Timeline& part) {
  const int64_t offset = whole.total_samples;
  whole.sample_rate_hz = part.sample_rate_hz;
  for (SentenceTiming sentence : part.sentences) {
    sentence.start_sample += offset;
    sentence.end_sample += offset;
    for (WordTiming& word : sentence.words) {
      word.start_sample += offset;
      word.end_sample += offset;
    }
    whole.sentences.push_back(std::move(sentence));
  }
  whole.total_samples += part.total_samples;
}

void TimeSections(const SpeechPlan& plan, Timeline& timeline) {
  timeline.sections.clear();
  for (size_t i = 0; i < plan.utterances.size() && i < timeline.sentences.size(); ++i) {
    const size_t section = plan.utterances[i].section_index;
    if (section >= timeline.sections.size()) {
      timeline.sections.resize(section + 1);
      timeline.sections[section].start_sample = timeline.sentences[i].start_sample;
    }
  }
  for (size_t s = 0; s < timeline.sections.size(); ++s) {
    timeline.sections[s].end_sample = s + 1 < timeline.sections.size()
                                          ? timeline.sections[s + 1].start_sample
                                          : timeline.total_samples;
  }
}

Result<Timeline> SynthesizeTo(const SpeechPlan& plan, const VoiceProfile& voice,
                              EspeakEngine& engine, const PcmSink& sink,
                              const SynthesisProgress& progress) {
  auto timeline = SynthesizeRange(plan, EditionVoices{.main = voice}, engine, 0,
                                  plan.utterances.size(), sink, progress);
  if (!timeline.ok()) return timeline.error();
  TimeSections(plan, *timeline);
  return timeline;
}

Result<Speech> Synthesize(const SpeechPlan& plan, const VoiceProfile& voice, EspeakEngine& engine,
                          const SynthesisProgress& progress) {
  Speech speech;
  auto timeline = SynthesizeTo(
      plan, voice, engine,
      [&speech](const int16_t* samples, size_t count) {
        speech.pcm.insert(speech.pcm.end(), samples, samples + count);
        return Status::Ok();
      },
      progress);
  if (!timeline.ok()) return timeline.error();
  speech.timeline = std::move(timeline).value();
  return speech;
}

}  // namespace spoken
