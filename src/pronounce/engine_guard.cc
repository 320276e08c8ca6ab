#include "pronounce/engine_guard.h"

#include <string>
#include <vector>

#include "pronounce/utf8.h"
#include "text/engine_chars.h"

namespace spoken {

size_t GuardEngineInput(Utterance& utterance) {
  const std::string& input = utterance.engine_input;
  const std::vector<uint32_t>& offsets = utterance.spoken_offsets;
  std::string guarded;
  std::vector<uint32_t> guarded_offsets;
  guarded.reserve(input.size());
  guarded_offsets.reserve(offsets.size());
  size_t changes = 0, word_chars = 0, repeats = 0;
  char32_t previous = 0;
  bool in_hint = false;
  bool in_entity = false;       // "&amp;" and the like are never broken
  char32_t previous_input = 0;  // the input never holds "[[" but at a hint (AppendEscaped)
  size_t index = 0;             // code point index into offsets
  for (size_t at = 0; at < input.size(); ++index) {
    const size_t length =
        std::min(Utf8Length(static_cast<unsigned char>(input[at])), input.size() - at);
    const std::string_view sequence(input.data() + at, length);
    at += length;
    const uint32_t offset = index < offsets.size() ? offsets[index] : offsets.back();
    const std::u32string decoded = DecodeUtf8(sequence);
    const char32_t c = decoded.empty() ? U'\uFFFD' : decoded[0];
    if (c == U'[' && previous_input == U'[') in_hint = true;
    const char32_t before = previous_input;
    previous_input = c;
    if (in_hint) {
      if (c == U']' && before == U']') in_hint = false;
      guarded += sequence;
      guarded_offsets.push_back(offset);
      continue;
    }
    const bool space = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
    repeats = c == previous ? repeats + 1 : 1;
    previous = c;
    if (!EngineKnowsCharacter(c) || (!space && repeats > kMaxEngineRepeats)) {
      ++changes;
      continue;
    }
    if (space) {
      word_chars = 0;
    } else if (++word_chars > kMaxEngineWordChars && !in_entity) {
      guarded += ' ';
      guarded_offsets.push_back(offset);
      word_chars = 1;
      ++changes;
    }
    if (c == U'[' && !guarded.empty() && guarded.back() == '[') {
      guarded += ' ';  // a dropped character must not join two brackets into "[["
      guarded_offsets.push_back(offset);
      ++changes;
    }
    guarded += sequence;
    guarded_offsets.push_back(offset);
    if (c == U'&') in_entity = true;  // after the break check: a word may break before it
    if (c == U';') in_entity = false;
  }
  // One past the end, as PlanSpeech appends it.
  for (; index < offsets.size(); ++index) guarded_offsets.push_back(offsets[index]);
  if (changes == 0) return 0;
  utterance.engine_input = std::move(guarded);
  utterance.spoken_offsets = std::move(guarded_offsets);
  return changes;
}

}  // namespace spoken
