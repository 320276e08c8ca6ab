#include "pronounce/article_words.h"

#include <algorithm>
#include <map>

#include "pronounce/utf8.h"

namespace spoken {
namespace {

struct Counter {
  std::map<std::string, WordCount> by_key;  // key: case-folded word

  void Add(const std::u32string& word) {
    bool digit = false, lower = false;
    for (char32_t c : word) {
      digit = digit || (c >= U'0' && c <= U'9');
      lower = lower || FoldCase(c) == c;
    }
    if (digit || word.size() < 2 || (!lower && word.size() <= 6)) return;
    std::u32string folded;
    for (char32_t c : word) folded += IsApostrophe(c) ? U'\'' : FoldCase(c);
    auto [it, added] = by_key.try_emplace(EncodeUtf8(folded), WordCount{EncodeUtf8(word), 0});
    ++it->second.count;
  }
};

void CountText(const std::string& text, const std::string& language, const LexiconSet& lexicons,
               Counter& counter) {
  std::vector<bool> covered(text.size() + 1, false);
  for (const PronunciationKind kind : {PronunciationKind::kPhoneme, PronunciationKind::kAlias}) {
    for (const LexiconMatch& match : lexicons.FindAll(text, kind, language)) {
      for (size_t i = match.begin; i < match.end; ++i) covered[i] = true;
    }
  }
  std::u32string word;
  size_t word_begin = 0;
  const auto flush = [&] {
    while (!word.empty() && IsApostrophe(word.back())) word.pop_back();
    if (!word.empty() && !covered[word_begin]) counter.Add(word);
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t length =
        std::min(Utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::u32string decoded = DecodeUtf8(text.substr(i, length));
    const char32_t c = decoded.empty() ? 0 : decoded[0];
    if (IsWordChar(c) || (IsApostrophe(c) && !word.empty())) {
      if (word.empty()) word_begin = i;
      word += c;
    } else {
      flush();
    }
    i += length;
  }
  flush();
}

}  // namespace

std::vector<WordCount> UncoveredWords(const Article& article, const LexiconSet& lexicons) {
  Counter counter;
  for (const Section& section : article.sections) {
    if (!section.title_from_article)
      CountText(section.title, article.info.language, lexicons, counter);
    for (const Block& block : section.blocks) {
      CountText(block.text, block.language.empty() ? article.info.language : block.language,
                lexicons, counter);
    }
  }
  std::vector<std::pair<std::string, WordCount>> sorted(counter.by_key.begin(),
                                                        counter.by_key.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::vector<WordCount> out;
  for (auto& [key, count] : sorted) out.push_back(std::move(count));
  return out;
}

}  // namespace spoken
