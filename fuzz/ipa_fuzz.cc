// libFuzzer: IPA to eSpeak NG mnemonics, for English and German.
#include "fuzz_support.h"
#include "pronounce/ipa_to_espeak.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  (void)spoken::IpaToEspeak(*text, "en-US");
  (void)spoken::IpaToEspeak(*text, "de-DE");
  return 0;
}
