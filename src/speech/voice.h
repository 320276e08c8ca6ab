// VoiceProfile: how one voice speaks; loaded from voices/NAME.yaml.
#pragma once

#include <map>
#include <string>

namespace spoken {

struct VoiceProfile {
  std::string name = "en-us";          // profile name (file name without .yaml)
  std::string espeak_voice = "en-us";  // eSpeak NG voice identifier
  std::string language = "en-US";      // BCP 47 language the voice speaks
  int rate_wpm = 175;            // words per minute; keep <= 449 (above, libsonic skews events)
  int pitch = 50;                // eSpeak pitch, 0-100
  int pitch_range = 50;          // eSpeak pitch range, 0-100
  int sentence_pause_ms = 300;   // silence after a sentence
  int paragraph_pause_ms = 600;  // silence after a paragraph, list item or heading
  int section_pause_ms = 1200;   // silence after the last sentence of a section
};

/// The voices of one edition: the article's, and one for each passage language whose voice
/// differs from it (keyed by Utterance::language, as the planner writes it).
struct EditionVoices {
  VoiceProfile main;
  std::map<std::string, VoiceProfile> passages;

  /// The voice that reads an utterance in `language`: its passage voice, else `main`.
  const VoiceProfile& For(const std::string& language) const {
    const auto found = passages.find(language);
    return found == passages.end() ? main : found->second;
  }
};

}  // namespace spoken
