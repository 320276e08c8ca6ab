#include "text/script_builder.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

#include "core/ascii.h"
#include "core/language_tag.h"
#include "text/locale_data.h"
#include "text/sentence_splitter.h"

namespace spoken {
namespace {

ScriptBlockKind KindOf(BlockKind kind) {
  switch (kind) {
    case BlockKind::kListItem:
      return ScriptBlockKind::kListItem;
    case BlockKind::kQuote:
      return ScriptBlockKind::kQuote;
    case BlockKind::kTableRow:
      return ScriptBlockKind::kTableRow;
    case BlockKind::kTable:
      return ScriptBlockKind::kTable;
    case BlockKind::kFigure:
      return ScriptBlockKind::kFigure;
    case BlockKind::kCode:
      return ScriptBlockKind::kCode;
    case BlockKind::kNote:
      return ScriptBlockKind::kNote;
    case BlockKind::kParagraph:
      break;
  }
  return ScriptBlockKind::kParagraph;
}

using NormalizerFor = std::function<const SpokenFormNormalizer&(const std::string& language)>;

class SentenceMaker {
 public:
  SentenceMaker(const SentenceSplitter& splitter, std::string language)
      : splitter_(splitter), language_(std::move(language)) {}

  // Fills `block.sentences` from `block.text` read by `normalizer`, split by the sentence
  // rules of the block's language; a heading or announcement is one sentence. The text of
  // `passages` (byte ranges of block.text) is read by `passage_normalizer` of its language.
  void Fill(ScriptBlock& block, bool split, const SpokenFormNormalizer& normalizer,
            const std::vector<LanguageSpan>& passages = {},
            const NormalizerFor& passage_normalizer = {}) {
    std::vector<std::pair<size_t, size_t>> ranges;
    if (split) {
      ranges = SplitterFor(block.language).Split(block.text);
      KeepPassageBreaks(block.text, passages, ranges);
    } else if (!block.text.empty()) {
      ranges.emplace_back(0, block.text.size());
    }
    size_t next_passage = 0;
    for (const auto& [begin, end] : ranges) {
      Sentence sentence;
      // (not "s" + to_string: GCC 12 gives a false -Wrestrict warning for that, bug 105329)
      sentence.id = std::string("s").append(std::to_string(++count_));
      sentence.display = block.text.substr(begin, end - begin);
      sentence.display_begin = begin;
      // The sentence in runs: its own language's, and each passage's inside it.
      size_t done = 0;
      const auto read = [&](size_t run_end, const SpokenFormNormalizer& reader) {
        SpokenText spoken =
            reader.Normalize(std::string_view(sentence.display).substr(done, run_end - done));
        sentence.spoken += spoken.spoken;
        sentence.map.Extend(spoken.map);
        done = run_end;
      };
      // Passages are in order: skip those that ended before this sentence.
      while (next_passage < passages.size() && passages[next_passage].end <= begin) ++next_passage;
      for (size_t p = next_passage; p < passages.size() && passages[p].begin < end; ++p) {
        const LanguageSpan& passage = passages[p];
        const size_t from = std::max(passage.begin, begin), to = std::min(passage.end, end);
        if (from >= to) continue;
        if (from > begin + done) read(from - begin, normalizer);
        const size_t spoken_begin = sentence.spoken.size();
        read(to - begin, passage_normalizer(passage.language));
        sentence.passages.push_back({.display_begin = from - begin,
                                     .display_end = to - begin,
                                     .spoken_begin = spoken_begin,
                                     .spoken_end = sentence.spoken.size(),
                                     .language = passage.language});
      }
      if (done < sentence.display.size()) read(sentence.display.size(), normalizer);
      block.sentences.push_back(std::move(sentence));
    }
  }

  int count() const { return count_; }

 private:
  // Joins the sentences of `ranges` (in order) that the block's rules break inside a
  // passage where the passage's own language does not ("am 3. Mai" ends no German sentence).
  void KeepPassageBreaks(const std::string& text, const std::vector<LanguageSpan>& passages,
                         std::vector<std::pair<size_t, size_t>>& ranges) {
    std::vector<size_t> joined;  // sentence starts to drop, in order
    for (const LanguageSpan& passage : passages) {
      auto inside = std::upper_bound(
          ranges.begin(), ranges.end(), passage.begin,
          [](size_t at, const std::pair<size_t, size_t>& range) { return at < range.first; });
      if (inside == ranges.end() || inside->first >= passage.end) continue;
      std::vector<size_t> own;  // where the passage's rules start its sentences
      for (const auto& [begin, end] :
           SplitterFor(passage.language)
               .Split(text.substr(passage.begin, passage.end - passage.begin))) {
        own.push_back(passage.begin + begin);
      }
      for (; inside != ranges.end() && inside->first < passage.end; ++inside) {
        if (std::find(own.begin(), own.end(), inside->first) == own.end()) {
          joined.push_back(inside->first);
        }
      }
    }
    if (joined.empty()) return;
    std::vector<std::pair<size_t, size_t>> kept;
    for (const auto& range : ranges) {
      if (!kept.empty() && std::binary_search(joined.begin(), joined.end(), range.first)) {
        kept.back().second = range.second;
      } else {
        kept.push_back(range);
      }
    }
    ranges = std::move(kept);
  }

  // The article's splitter, or one made for a passage's other language (the article's when
  // ICU has no rules for it).
  const SentenceSplitter& SplitterFor(const std::string& language) {
    if (language.empty() || SamePrimaryLanguage(language, language_)) return splitter_;
    auto [found, added] = passage_splitters_.try_emplace(language);
    if (added) {
      if (auto made = SentenceSplitter::Create(language); made.ok()) {
        found->second = std::move(made).value();
      }
    }
    return found->second ? *found->second : splitter_;
  }

  const SentenceSplitter& splitter_;
  const std::string language_;
  std::map<std::string, std::unique_ptr<SentenceSplitter>> passage_splitters_;
  int count_ = 0;
};

}  // namespace

std::string AnnouncementText(const ArticleInfo& info) {
  // In the article's language where its rule data has the words; English otherwise.
  const size_t cut = info.language.find_first_of("-_");
  std::string region = cut == std::string::npos ? "" : info.language.substr(cut + 1, 2);
  for (char& c : region) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  const LocaleData* found = FindLocaleData(AsciiLower(info.language.substr(0, cut)), region);
  const LocaleData defaults{};
  const LocaleData& data = found != nullptr ? *found : defaults;
  std::string text = std::string(data.edition_of) + " " + info.title;
  if (!info.author.empty()) text += ", " + std::string(data.by_word) + " " + info.author;
  return text + ", " + std::string(data.read_by) + ".";
}

Result<Script> BuildScript(const Article& article, const NormalizeOptions& options) {
  auto normalizer = SpokenFormNormalizer::Create(options);
  if (!normalizer.ok()) return normalizer.error();
  return BuildScript(article, options, **normalizer);
}

Result<Script> BuildScript(const Article& article, const NormalizeOptions& options,
                           const SpokenFormNormalizer& normalizer, Announcement announcement,
                           const PassageNormalizer& passage) {
  auto splitter = SentenceSplitter::Create(options.locale);
  if (!splitter.ok()) return splitter.error();
  SentenceMaker maker(**splitter, article.info.language);
  const NormalizerFor normalizer_for =
      [&](const std::string& language) -> const SpokenFormNormalizer& {
    if (language.empty() || !passage || SamePrimaryLanguage(language, article.info.language)) {
      return normalizer;
    }
    const SpokenFormNormalizer* found = passage(language);
    return found != nullptr ? *found : normalizer;
  };

  Script script;
  script.info = article.info;
  script.source_sha256 = article.source_sha256;
  int article_sentences = 0;
  for (const Section& section : article.sections) {
    ScriptSection out;
    out.title = section.title;
    if (script.sections.empty() && announcement == Announcement::kInclude) {
      ScriptBlock announcement{.kind = ScriptBlockKind::kAnnouncement,
                               .text = AnnouncementText(article.info)};
      maker.Fill(announcement, false, normalizer);
      out.blocks.push_back(std::move(announcement));
    }
    if (!section.title_from_article) {
      ScriptBlock heading{.kind = ScriptBlockKind::kHeading, .text = section.title};
      maker.Fill(heading, false, normalizer, section.title_passages, normalizer_for);
      out.blocks.push_back(std::move(heading));
    }
    for (const Block& block : section.blocks) {
      ScriptBlock script_block{.kind = KindOf(block.kind),
                               .text = block.text,
                               .links = block.links,
                               .list_id = block.list_id,
                               .ordered_list = block.ordered_list,
                               .language = block.language,
                               .note_refs = block.note_refs,
                               .image = block.image,
                               .image_alt = block.image_alt};
      const int before = maker.count();
      maker.Fill(script_block, true, normalizer_for(block.language), block.passages,
                 normalizer_for);
      article_sentences += maker.count() - before;
      out.blocks.push_back(std::move(script_block));
    }
    script.sections.push_back(std::move(out));
  }
  if (article_sentences == 0) {
    return InvalidInput(article.info.source_path + ": the article has no text to read");
  }
  return script;
}

}  // namespace spoken
