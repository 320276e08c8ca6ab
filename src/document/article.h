// Article: what the readers (document/) produce and the normalizer (text/) consumes.
// All text is UTF-8 exactly as the author wrote it, with inline markup reduced to its text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spoken {

/// A link inside a block's text: `[begin, end)` byte range of Block::text.
struct Link {
  size_t begin = 0;
  size_t end = 0;
  std::string href;
};

/// A passage inside a block in another language than the block's (`lang` on an inline HTML
/// element, a Markdown `[TEXT]{lang=TAG}` inside other text): `[begin, end)` byte range of
/// Block::text and its BCP 47 tag.
struct LanguageSpan {
  size_t begin = 0;
  size_t end = 0;
  std::string language;
};

/// What a block is. The text of kFigure, kCode and kTable blocks is what is read in their
/// place (an announcement such as "Image: a heron at dawn" or "Code example, 12 lines"),
/// not their content; kTableRow is one row read with its column headers (the rows after a
/// kTable are its rows). kNote is one of the notes read at the end (FootnoteStyle::kEnd),
/// the N-th kNote of the article being note N.
enum class BlockKind { kParagraph, kListItem, kQuote, kTableRow, kTable, kFigure, kCode, kNote };

/// The name of a kind as inspect and the manifest show it ("paragraph", "table-row", ...).
const char* BlockKindName(BlockKind kind);

/// Where a block's text refers to a note read at the end: byte offset in Block::text (just
/// after the text the reference follows) and the note's number, from 1.
struct NoteRef {
  size_t at = 0;
  int number = 0;
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;         // display text, inline markup removed, whitespace collapsed
  std::vector<Link> links;  // sorted by begin, non-overlapping
  int source_line = 0;      // 1-based line in the source file (0 when unknown)
  int list_id = 0;          // list items with the same non-zero id form one list
  bool ordered_list = false;
  std::string language;            // BCP 47; empty means the article's language
  std::vector<NoteRef> note_refs;  // sorted by `at`
  // Inline passages in other languages: sorted, non-overlapping, non-empty, each in another
  // language than the block's, none the whole text (that is the block's own language).
  std::vector<LanguageSpan> passages;
  // A kFigure's picture: its file or URL as the source names it (an <img> src, a Markdown
  // image's destination) and its alt text; both empty when there is none.
  std::string image;
  std::string image_alt;
};

struct Section {
  std::string title;                // display text of the heading
  bool title_from_article = false;  // true for the untitled opening (titled after the article)
  int source_line = 0;
  std::vector<Block> blocks;
  // Passages of the title in other languages (byte ranges of `title`), as Block::passages;
  // a title all in another language is one passage over all of it.
  std::vector<LanguageSpan> title_passages;
};

/// How citations such as "(Li et al., 2026)" are read: in full, as "a study", or not at all.
enum class CitationStyle { kRead, kBrief, kSkip };

/// The style named "read", "brief" or "skip" (front matter, spoken.yaml, --citations);
/// nullopt for any other name.
std::optional<CitationStyle> CitationStyleNamed(std::string_view name);

/// Where footnotes are read: where they are referenced, collected at the end, or not at all.
enum class FootnoteStyle { kInline, kEnd, kSkip };

/// The style named "inline", "end" or "skip" (front matter, spoken.yaml); nullopt otherwise.
std::optional<FootnoteStyle> FootnoteStyleNamed(std::string_view name);

/// Metadata from front matter (or the HTML head), with the defaults of spoken.yaml applied.
struct ArticleInfo {
  std::string slug;         // file name without extension; names the output folder
  std::string source_path;  // as given on the command line
  std::string title;
  std::string author;
  std::string date;      // ISO 8601 calendar date, YYYY-MM-DD
  std::string language;  // BCP 47, e.g. en-US
  std::string description;
  std::string url;    // the written article this edition is a reading of (may be empty)
  std::string image;  // URL of the article's lead image, when the page names one
  std::string voice;  // voice profile name (voices/NAME.yaml)
  CitationStyle citations = CitationStyle::kBrief;
  FootnoteStyle footnotes = FootnoteStyle::kEnd;  // web pages' footnotes
  std::vector<std::string> lexicons;  // PLS files named by the front matter, resolved paths
};

/// Something in the source that the article leaves out, and why: nothing is dropped silently.
struct SkippedContent {
  std::string what;     // the element, e.g. "nav", "div.cookie-banner", "script"
  std::string reason;   // why it is not read, e.g. "navigation", "cookie notice", "hidden"
  std::string excerpt;  // the start of its text (empty when it has none)
  int source_line = 0;  // 1-based line in the source file (0 when unknown)
};

struct Article {
  ArticleInfo info;
  std::vector<Section> sections;
  std::vector<SkippedContent> skipped;  // in source order
  std::vector<std::string> warnings;    // "PATH[:LINE]: ..." e.g. bytes that were not UTF-8
  std::string source_sha256;            // hex digest of the source bytes
};

/// The languages of the article's passages (blocks, inline and title passages) other than its own,
/// each once (compared without case), in the order they first appear.
std::vector<std::string> PassageLanguages(const Article& article);

}  // namespace spoken
