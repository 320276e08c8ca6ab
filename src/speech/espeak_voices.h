// Which languages eSpeak NG speaks: its voice list, read without starting the synthesizer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace spoken {

/// The identifier of eSpeak NG's voice for `language` (BCP 47, any case, "-" or "_"):
/// the voice whose language list names the whole tag ("pt-BR" -> "pt-br", "es-419"), else
/// the one that names its primary subtag ("es-MX" -> "es"; "zh" -> "cmn"), by eSpeak's own
/// priority, else one whose tag has that primary subtag ("chr" -> "chr-US-Qaaa-x-west").
/// Tags are compared without case. nullopt when eSpeak NG has no voice for the language. Reads the
/// system's espeak-ng-data; thread-compatible (eSpeak keeps the list in a process global).
std::optional<std::string> EspeakVoiceForLanguage(std::string_view language);

}  // namespace spoken
