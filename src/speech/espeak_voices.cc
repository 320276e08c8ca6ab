#include "speech/espeak_voices.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "core/language_tag.h"

namespace spoken {

std::optional<std::string> EspeakVoiceForLanguage(std::string_view language) {
  const std::string whole = LowerCaseTag(language);
  const std::string primary = PrimaryLanguage(language);
  if (primary.empty()) return std::nullopt;
  // Only the data path is set: the voice list is read from espeak-ng-data/voices and
  // espeak-ng-data/lang without initializing the synthesizer (espeak_engine.h).
  espeak_ng_InitializePath(nullptr);
  const espeak_VOICE** voices = espeak_ListVoices(nullptr);
  if (voices == nullptr) return std::nullopt;
  // Else a voice whose tag only starts with the primary subtag: eSpeak NG lists Cherokee
  // as "chr-US-Qaaa-x-west" alone, yet it is the voice for "chr".
  std::optional<std::string> by_primary, by_tag_primary;
  int best_priority = 1000, best_tag_priority = 1000;
  for (const espeak_VOICE** v = voices; *v != nullptr; ++v) {
    if ((*v)->identifier == nullptr || (*v)->languages == nullptr) continue;
    // `languages`: a priority byte, a tag and its NUL, repeated; an empty tag ends it.
    for (const char* entry = (*v)->languages; *entry != 0;) {
      const int priority = static_cast<unsigned char>(*entry);
      const std::string written(entry + 1);
      entry += 1 + written.size() + 1;
      // eSpeak writes some tags with capitals ("chr-US-Qaaa-x-west"): compare without case.
      const std::string tag = LowerCaseTag(written);
      if (tag == whole) return std::string((*v)->identifier);
      if (tag == primary && priority < best_priority) {
        best_priority = priority;
        by_primary = std::string((*v)->identifier);
      }
      if (PrimaryLanguage(tag) == primary && priority < best_tag_priority) {
        best_tag_priority = priority;
        by_tag_primary = std::string((*v)->identifier);
      }
    }
  }
  return by_primary ? by_primary : by_tag_primary;
}

}  // namespace spoken
