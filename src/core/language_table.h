// LanguageTable: the lookup shared by the tables of words that Spoken itself says or
// writes (the reader's block labels, the pages' interface text), one entry per language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/language_tag.h"

namespace spoken {

/// One language's words in a table of `Words` (a struct of std::string_view fields).
template <typename Words>
struct LanguageEntry {
  std::string_view language;  // a primary language subtag, lowercase: "en", "es"
  Words words;
};

/// The entry of `table` for the BCP 47 `language`'s primary subtag (any case, "-" or "_"),
/// the "en" entry for "" (no language known); nullptr when `table` has no such language.
/// The result points into `table`, which is static data in every use.
template <typename Words, size_t N>
const Words* WordsForLanguage(const LanguageEntry<Words> (&table)[N], std::string_view language) {
  const std::string primary = language.empty() ? "en" : PrimaryLanguage(language);
  for (const LanguageEntry<Words>& entry : table) {
    if (entry.language == primary) return &entry.words;
  }
  return nullptr;
}

}  // namespace spoken
