// libFuzzer: the PLS lexicon reader (pugixml, IPA and X-SAMPA conversion).
#include "fuzz_support.h"
#include "pronounce/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  (void)spoken::ParseLexicon(*text, "fuzz.pls");
  return 0;
}
