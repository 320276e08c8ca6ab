// libFuzzer: escaping for eSpeak NG and the engine guard. Checks the contract: one offset
// per code point plus one past the end, never "[[" from article text, no character the
// engine does not know, no word over the limit.
#include <cstdlib>

#include "fuzz_support.h"
#include "pronounce/engine_guard.h"
#include "pronounce/planner.h"
#include "pronounce/utf8.h"
#include "publish/markup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  spoken::Utterance utterance;
  spoken::AppendEscaped(*text, 0, utterance);
  utterance.spoken_offsets.push_back(static_cast<uint32_t>(text->size()));
  spoken::GuardEngineInput(utterance);
  const std::u32string code_points = spoken::DecodeUtf8(utterance.engine_input);
  if (utterance.spoken_offsets.size() != code_points.size() + 1) std::abort();
  if (utterance.engine_input.find("[[") != std::string::npos) std::abort();
  size_t word = 0;
  for (const char32_t c : code_points) {
    word = c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' ? 0 : word + 1;
    if (word > spoken::kMaxEngineWordChars + 4) std::abort();  // an escape is kept whole
  }
  // The markup escaper on the same text: nothing XML 1.0 forbids may come out.
  const std::string xml = spoken::EscapeXml(*text);
  for (const char c : xml) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') std::abort();
  }
  if (xml.find('<') != std::string::npos) std::abort();
  return 0;
}
