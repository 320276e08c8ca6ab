// pronounce stage: Script -> SpeechPlan.
#pragma once

#include <string_view>

#include "pronounce/lexicon_set.h"
#include "pronounce/speech_plan.h"
#include "text/script.h"

namespace spoken {

/// Escapes spoken text for eSpeak NG's SSML + phoneme input mode, so that nothing the
/// author wrote is read as markup or as [[phonemes]]. Appends to `out` and records, for
/// every code point appended, the byte offset in `text` (plus `base`) it came from.
void AppendEscaped(std::string_view text, uint32_t base, Utterance& out);

/// Appends one [[...]] hint of eSpeak mnemonics (ASCII) that replaces spoken bytes
/// [begin, end), mapping its code points as Utterance::spoken_offsets describes. A space
/// (mapped to `begin`) goes first unless `out` is empty or ends with one: eSpeak NG 1.51
/// emits no WORD event for a hint that follows punctuation directly, and "[" + "[[" would
/// open phoneme input one bracket early.
void AppendHint(std::string_view mnemonics, uint32_t begin, uint32_t end, Utterance& out);

/// One utterance per sentence of `script`, in reading order, with no hints.
SpeechPlan PlanSpeech(const Script& script);

/// As above, and every phoneme entry of `lexicons` found in a sentence's spoken text (in
/// the sentence's language) is said through its [[mnemonics]] instead of the letters.
/// `pronunciations` lists every entry that took effect, phoneme and alias alike (alias
/// entries are found again in the display text, since ApplyAliases already replaced them
/// in the spoken text), in order of first use, with each occurrence's display range.
/// `lexicons` must outlive nothing: the plan copies what it needs.
SpeechPlan PlanSpeech(const Script& script, const LexiconSet& lexicons);

}  // namespace spoken
