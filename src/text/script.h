// Script: what the normalizer (text/) produces and the pronouncer (pronounce/) consumes.
#pragma once

#include <string>
#include <vector>

#include "document/article.h"
#include "text/offset_map.h"

namespace spoken {

/// A passage inside a sentence in another language than its block's (Block::passages, cut
/// at the sentence's edges), normalized with that language's rules and said in its voice.
struct SentencePassage {
  size_t display_begin = 0;  // byte range of Sentence::display
  size_t display_end = 0;
  size_t spoken_begin = 0;  // byte range of Sentence::spoken
  size_t spoken_end = 0;
  std::string language;  // BCP 47
  std::string voice;     // the profile reading it when not the block's (pipeline/)
};

/// One sentence: what the transcript shows and what is said, with the map between them.
struct Sentence {
  std::string id;                         // "s1", "s2", ... in reading order across the article
  std::string display;                    // what the author wrote (UTF-8)
  std::string spoken;                     // what the synthesizer is asked to say (UTF-8)
  OffsetMap map;                          // spoken byte offsets -> display byte offsets
  size_t display_begin = 0;               // byte offset of `display` in its block's text
  std::vector<SentencePassage> passages;  // in order, apart, each non-empty
};

/// What a block is (the Article's BlockKind, plus the two blocks the script adds): the
/// writers mark tables, figures and notes as such, so reading systems can skip them.
enum class ScriptBlockKind {
  kAnnouncement,
  kHeading,
  kParagraph,
  kListItem,
  kQuote,
  kTable,     // the announcement that stands for a table; the kTableRow blocks after it
  kTableRow,  // are its rows
  kFigure,
  kCode,  // the announcement of a code example
  kNote,  // one of the notes read at the end; the N-th is note N
};

struct ScriptBlock {
  ScriptBlockKind kind = ScriptBlockKind::kParagraph;
  std::string text;         // the block's full display text (sentences are slices of it)
  std::vector<Link> links;  // byte ranges of `text`
  int list_id = 0;
  bool ordered_list = false;
  std::string language;            // BCP 47; empty means the article's language
  std::string voice;               // the profile reading it when not the edition's (pipeline/)
  std::vector<NoteRef> note_refs;  // byte offsets of `text`
  std::string image;               // a kFigure's picture as the source names it (Block::image)
  std::string image_alt;
  std::vector<Sentence> sentences;
};

/// The language `block` is written in: its own, else the article's (`info.language`).
inline const std::string& LanguageOf(const ScriptBlock& block, const ArticleInfo& info) {
  return block.language.empty() ? info.language : block.language;
}

struct ScriptSection {
  std::string title;                // display text of the heading
  std::vector<ScriptBlock> blocks;  // may start with the announcement and the spoken heading
};

struct Script {
  ArticleInfo info;
  std::string source_sha256;
  std::vector<ScriptSection> sections;
};

}  // namespace spoken

namespace spoken {

/// Calls `visit(section_index, block, sentence, sentence_index)` for every sentence of
/// `script` in reading order; sentence_index counts from 0 across the whole script.
template <typename Visit>
void ForEachSentence(const Script& script, Visit&& visit) {
  size_t sentence_index = 0;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    for (const ScriptBlock& block : script.sections[s].blocks) {
      for (const Sentence& sentence : block.sentences) visit(s, block, sentence, sentence_index++);
    }
  }
}

}  // namespace spoken
