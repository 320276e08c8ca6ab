// The words of an article that no lexicon entry covers: the raw material of
// `spoken lexicon suggest`, which then asks eSpeak NG which of them it would guess.
#pragma once

#include <string>
#include <vector>

#include "document/article.h"
#include "pronounce/lexicon_set.h"

namespace spoken {

struct WordCount {
  std::string word;  // as first written in the article
  int count = 0;     // occurrences, compared case-folded
};

/// Words of `article` (section titles and block text, in the article's or the block's
/// language) not inside a match of any entry of `lexicons`. A word is a run of letters and
/// digits with apostrophes between letters ("Xi'an"). Left out: words with a digit, single
/// letters, and all-capital acronyms of 2 to 6 letters (eSpeak spells those out, which is
/// what readers expect). Most frequent first; ties in case-folded alphabetical order.
std::vector<WordCount> UncoveredWords(const Article& article, const LexiconSet& lexicons);

}  // namespace spoken
