#include "pronounce/planner.h"

#include <algorithm>

namespace spoken {
namespace {

size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // stray continuation byte: counted as one unit, as eSpeak does
}

void AppendAscii(std::string_view ascii, uint32_t spoken_offset, Utterance& out) {
  out.engine_input.append(ascii);
  out.spoken_offsets.insert(out.spoken_offsets.end(), ascii.size(), spoken_offset);
}

}  // namespace

void AppendEscaped(std::string_view text, uint32_t base, Utterance& out) {
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const uint32_t offset = base + static_cast<uint32_t>(i);
    switch (c) {
      case '&': AppendAscii("&amp;", offset, out); ++i; continue;
      case '<': AppendAscii("&lt;", offset, out); ++i; continue;
      case '>': AppendAscii("&gt;", offset, out); ++i; continue;
      case '[':
        // "[[" would open phoneme input; a space between the brackets keeps them text.
        if (!out.engine_input.empty() && out.engine_input.back() == '[') {
          AppendAscii(" ", offset, out);
        }
        break;
      default: break;
    }
    const size_t length = std::min(Utf8SequenceLength(static_cast<unsigned char>(c)),
                                   text.size() - i);
    out.engine_input.append(text.substr(i, length));
    out.spoken_offsets.push_back(offset);
    i += length;
  }
}

SpeechPlan PlanSpeech(const Script& script) {
  SpeechPlan plan;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    const ScriptSection& section = script.sections[s];
    for (size_t b = 0; b < section.blocks.size(); ++b) {
      const ScriptBlock& block = section.blocks[b];
      for (size_t n = 0; n < block.sentences.size(); ++n) {
        Utterance utterance{.section_index = s, .block_index = b, .sentence_index = n};
        const std::string& spoken = block.sentences[n].spoken;
        AppendEscaped(spoken, 0, utterance);
        utterance.spoken_offsets.push_back(static_cast<uint32_t>(spoken.size()));
        utterance.language = block.language.empty() ? script.info.language : block.language;
        plan.utterances.push_back(std::move(utterance));
      }
    }
  }
  return plan;
}

}  // namespace spoken
