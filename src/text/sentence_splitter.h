// Sentence breaks with ICU, tuned for reading aloud.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace spoken {

/// Splits a block of display text into sentences. Uses ICU's sentence rules with the
/// CLDR abbreviation list (`ss=standard`) plus our own list of abbreviations after which
/// a sentence never ends ("Dr.", "Fig.", "et al." before a capital, ...).
/// Not thread-safe; use one per thread.
class SentenceSplitter {
 public:
  /// Fails with kConfig when ICU has no sentence rules for `locale` (BCP 47).
  static Result<std::unique_ptr<SentenceSplitter>> Create(const std::string& locale);
  ~SentenceSplitter();

  /// Byte ranges [begin, end) of the sentences of `text` (UTF-8), without surrounding
  /// whitespace; empty sentences are dropped.
  std::vector<std::pair<size_t, size_t>> Split(std::string_view text) const;

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace spoken
