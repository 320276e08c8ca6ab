// Inline passages in eSpeak NG: one utterance that changes voice part way through.
#pragma once

#include <string>
#include <vector>

#include "pronounce/speech_plan.h"
#include "speech/voice.h"

namespace spoken {

/// An utterance's engine input with its language changes made into voice switches.
struct SwitchedInput {
  std::string ssml;  // what eSpeak NG is given
  /// For each code point of `ssml`, the code point of Utterance::engine_input it stands for
  /// (0-based); a switch's markup stands for the code point after it. One more entry for the end.
  std::vector<size_t> input_code_points;
};

/// `utterance.engine_input` with `<voice name="V">` (V: the eSpeak NG voice of
/// voices.For(language)) where a LanguageChange needs another voice than the one speaking,
/// each closing the switch before it. eSpeak NG 1.51 does not go back to the outer voice at
/// `</voice>` (measured: the words after it are read by the passage's voice), so the
/// return to the sentence's voice is a switch of its own. A switch ends eSpeak's clause
/// without a pause and keeps the rate and pitch set for the sentence's voice; the sentence
/// stays one SENTENCE event. An utterance without changes is returned as it is.
SwitchedInput SwitchVoices(const Utterance& utterance, const EditionVoices& voices);

}  // namespace spoken
