#include "pipeline/audio_limit.h"

#include <algorithm>

namespace spoken {
namespace {

size_t CountWords(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

int64_t EstimateAudioMs(const Script& script, const VoiceProfile& voice) {
  int64_t words = 0, pauses_ms = 0;
  for (const ScriptSection& section : script.sections) {
    for (const ScriptBlock& block : section.blocks) {
      for (const Sentence& sentence : block.sentences) {
        words += static_cast<int64_t>(CountWords(sentence.spoken));
        pauses_ms += voice.sentence_pause_ms;
      }
      pauses_ms += voice.paragraph_pause_ms;
    }
    pauses_ms += voice.section_pause_ms;
  }
  return words * 60'000 / std::max(voice.rate_wpm, 1) + pauses_ms;
}

Status CheckAudioLimit(const std::string& source_path, int64_t audio_ms, int max_minutes,
                       const std::string& what) {
  if (audio_ms <= int64_t{max_minutes} * 60'000) return Status::Ok();
  const int64_t minutes = (audio_ms + 59'999) / 60'000;
  return InvalidInput(source_path + ": " + what + " " + std::to_string(minutes) +
                      " minutes of audio, over the limit of " + std::to_string(max_minutes) +
                      " minutes (limits: max_audio_minutes in spoken.yaml)");
}

}  // namespace spoken
