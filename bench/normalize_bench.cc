// Speed of the text/ stage on the sample article (the tests' copy, tests/data/sample/): the whole spoken-form normalization
// against the typography-only pass as the baseline, and the one-off cost of building it.
#include <benchmark/benchmark.h>

#include "document/reader.h"
#include "text/sentence_splitter.h"
#include "text/spoken_form.h"

namespace spoken {
namespace {

// The sample article's sentences, as `spoken build` hands them to the normalizer.
const std::vector<std::string>& SampleSentences() {
  static const std::vector<std::string> sentences = [] {
    std::vector<std::string> out;
    Result<Article> article =
        ReadArticle(std::string(SPOKEN_TEST_DATA) + "/sample/bone-brain-axis.md",
                    ArticleInfo{.language = "en-US"});
    auto splitter = SentenceSplitter::Create("en-US");
    if (!article.ok() || !splitter.ok()) return out;
    for (const Section& section : article->sections) {
      out.push_back(section.title);
      for (const Block& block : section.blocks) {
        for (const auto& [begin, end] : (*splitter)->Split(block.text)) {
          out.push_back(block.text.substr(begin, end - begin));
        }
      }
    }
    return out;
  }();
  return sentences;
}

void NormalizeSample(benchmark::State& state, bool typography_only) {
  auto normalizer =
      SpokenFormNormalizer::Create({.locale = "en-US", .typography_only = typography_only});
  if (!normalizer.ok()) {
    state.SkipWithError(normalizer.error().message.c_str());
    return;
  }
  const std::vector<std::string>& sentences = SampleSentences();
  size_t bytes = 0;
  for (const std::string& s : sentences) bytes += s.size();
  for (auto _ : state) {
    for (const std::string& sentence : sentences) {
      benchmark::DoNotOptimize((*normalizer)->Normalize(sentence));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}

void BM_SampleArticle_TypographyOnly(benchmark::State& state) { NormalizeSample(state, true); }
void BM_SampleArticle_SpokenForm(benchmark::State& state) { NormalizeSample(state, false); }

void BM_CreateEnglishNormalizer(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(SpokenFormNormalizer::Create({.locale = "en-US"}));
}

BENCHMARK(BM_SampleArticle_TypographyOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SampleArticle_SpokenForm)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CreateEnglishNormalizer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace spoken
