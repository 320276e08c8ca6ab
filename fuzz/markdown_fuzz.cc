// libFuzzer: the Markdown reader (front matter, cmark-gfm, the block walker).
#include "document/markdown_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  spoken::ArticleInfo info;
  info.slug = "fuzz";
  info.source_path = "fuzz.md";
  (void)spoken::ReadMarkdown(*text, info);
  return 0;
}
