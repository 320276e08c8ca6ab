// pronounce stage: Script -> SpeechPlan.
#pragma once

#include <string_view>

#include "pronounce/speech_plan.h"
#include "text/script.h"

namespace spoken {

/// Escapes spoken text for eSpeak NG's SSML + phoneme input mode, so that nothing the
/// author wrote is read as markup or as [[phonemes]]. Appends to `out` and records, for
/// every code point appended, the byte offset in `text` (plus `base`) it came from.
void AppendEscaped(std::string_view text, uint32_t base, Utterance& out);

/// One utterance per sentence of `script`, in reading order.
SpeechPlan PlanSpeech(const Script& script);

}  // namespace spoken
