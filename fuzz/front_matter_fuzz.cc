// libFuzzer: YAML front matter (splitting, yaml-cpp, every field's check).
#include "document/front_matter.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = spoken::fuzz::DecodedInput(data, size);
  if (!text) return 0;
  auto split = spoken::SplitFrontMatter(*text, "fuzz.md");
  if (!split.ok()) return 0;
  spoken::ArticleInfo info;
  bool title_set = false;
  (void)spoken::ApplyFrontMatter(split->present ? split->yaml : *text, "fuzz.md", info, title_set);
  return 0;
}
