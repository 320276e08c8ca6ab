// The last filter before eSpeak NG: text that has been seen to crash eSpeak NG 1.51 (ASan:
// a heap-use-after-free on characters it does not know; a buffer overflow on "s'" repeated
// 220 times as one word) never reaches it.
#pragma once

#include <cstddef>

#include "pronounce/speech_plan.h"

namespace spoken {

/// The longest word eSpeak NG is given, in code points: a longer run without a space is
/// broken by spaces (eSpeak's word buffer is 160 bytes, and escapes and apostrophes grow).
inline constexpr size_t kMaxEngineWordChars = 40;

/// The most times one character is repeated in a row; later repeats are dropped.
inline constexpr size_t kMaxEngineRepeats = 8;

/// Rewrites `utterance.engine_input` (and its spoken_offsets, kept one per code point):
/// drops characters eSpeak NG does not know (text/engine_chars.h) and repeats beyond
/// kMaxEngineRepeats, and breaks words longer than kMaxEngineWordChars with a space (never
/// inside an escape such as "&amp;", so a word may run 4 past the limit). [[...]] hints
/// are left as they are; a dropped character never joins two brackets into "[[". Returns the number
/// of changes (0: untouched).
size_t GuardEngineInput(Utterance& utterance);

}  // namespace spoken
