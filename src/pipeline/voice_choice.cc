#include "pipeline/voice_choice.h"

#include <filesystem>

#include "core/language_tag.h"
#include "pipeline/config.h"
#include "pipeline/file_io.h"
#include "speech/espeak_voices.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

bool ProfileExists(const std::string& voices_dir, const std::string& name) {
  return !name.empty() && IsRegularFile((fs::path(voices_dir) / (name + ".yaml")).string());
}

}  // namespace

Result<VoiceProfile> ChooseVoice(const std::string& voices_dir, const std::string& preferred,
                                 const std::string& language, const std::string& source_path) {
  VoiceProfile base;
  // A name with no profile must at least be a language eSpeak NG speaks (an edition whose
  // voice was eSpeak's own is named after its language): a typo is an error.
  if (!preferred.empty() && !ProfileExists(voices_dir, preferred) &&
      !EspeakVoiceForLanguage(preferred)) {
    return LoadVoiceProfile(voices_dir, preferred).error();
  }
  if (ProfileExists(voices_dir, preferred)) {
    auto profile = LoadVoiceProfile(voices_dir, preferred);
    if (!profile.ok()) return profile.error();
    if (SamePrimaryLanguage(profile->language, language)) return profile;
    base = std::move(profile).value();
  }
  const std::string whole = LowerCaseTag(language);
  for (const std::string& name : {whole, PrimaryLanguage(language)}) {
    if (ProfileExists(voices_dir, name)) return LoadVoiceProfile(voices_dir, name);
  }
  const auto espeak_voice = EspeakVoiceForLanguage(language);
  if (!espeak_voice) {
    return InvalidInput(source_path + ": eSpeak NG has no voice for language " + language +
                        " (the article's language): it cannot be read aloud");
  }
  base.name = whole;
  base.espeak_voice = *espeak_voice;
  base.language = language;
  return base;
}

}  // namespace spoken
