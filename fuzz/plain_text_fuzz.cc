// libFuzzer: the plain-text reader (title, furniture, paragraphs, URLs).
#include "document/plain_text_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  spoken::ArticleInfo info;
  info.slug = "fuzz";
  info.source_path = "fuzz.txt";
  (void)spoken::ReadPlainText(*text, info);
  return 0;
}
