// libFuzzer: the HTML reader (gumbo and the DOM walker).
#include "document/html_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  spoken::ArticleInfo info;
  info.slug = "fuzz";
  info.source_path = "fuzz.html";
  (void)spoken::ReadHtml(*text, info);
  return 0;
}
