// libFuzzer: the spoken-form normalizer (every text rule, ICU), one line at a time.
#include <memory>

#include "fuzz_support.h"
#include "text/spoken_form.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<spoken::SpokenFormNormalizer> normalizer =
      std::move(spoken::SpokenFormNormalizer::Create({.locale = "en-US"}).value());
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text || text->size() > 4096) return 0;
  (void)normalizer->Normalize(*text);
  return 0;
}
