// HtmlBlockWalker: turns the chosen elements of a web page into sections and blocks, saying
// what every block is, and lists what it does not read.
#pragma once

#include <string>
#include <vector>

#include "document/article.h"
#include "document/content_finder.h"
#include "document/footnotes.h"
#include "document/html_dom.h"
#include "document/inline_text.h"
#include "document/section_builder.h"

namespace spoken {

struct WalkContext;

/// Walks elements in document order (Walk() once per element chosen as the article):
///   h1-h6        start sections, except the first h1 or h2 that repeats `title`
///   p, div, ...  paragraphs (text directly inside a container is kept); li list items
///                (list_id per ul/ol); blockquote quotes
///   table        a data table (node_stats.h IsDataTable) is read row by row as kTableRow
///                blocks, or announced as one kTable block (html_block_kinds.h
///                ReadDataTable); a layout table is read as blocks.
///   figure, img  "Image: CAPTION" (or the alt text) as a kFigure block; an image inside a
///                sentence gives its alt text inline; an image with neither, with a file
///                name for alt text, or the same as the image before it, is skipped
///   pre          code (IsCodeBlock): announced, "Code example, N lines", not read; other
///                preformatted text is read as a paragraph
///   math         MathText() inline, else "a formula" (listed in `skipped`)
///   footnotes    (footnotes.h) a reference is read as "(Footnote: TEXT)" with kInline, else
///                not read (with kEnd, kept as a NoteRef of its block); the lists of notes
///                are not read where they stand
///   lang         on a block element, the block's language; on an inline element (span, i, q,
///                em, ...) inside a block in another language, a passage (Block::passages)
/// Elements in `dropped`, or skipped by SkipReason(), are not read; those with text (and
/// any media) are added to `skipped` with the reason. `dropped` and `footnotes` must outlive the
/// walker.
class HtmlBlockWalker {
 public:
  HtmlBlockWalker(std::string article_language, std::string title, const DropMap& dropped,
                  const Footnotes& footnotes, FootnoteStyle footnote_style,
                  std::vector<SkippedContent>& skipped);
  ~HtmlBlockWalker();

  void Walk(const GumboNode* element);
  /// The sections; the opening one is titled with `title`. With FootnoteStyle::kEnd, the
  /// notes referenced end the article in a section "Notes" of kNote blocks, in the order
  /// first referenced.
  std::vector<Section> Finish();

 private:
  void WalkNode(const GumboNode* node, const WalkContext& context);
  void WalkElement(const GumboNode* node, WalkContext context);
  void WalkChildren(const GumboNode* node, const WalkContext& context);
  // Walks an element whose text is a block (or blocks) of its own, in context.language.
  void WalkBlock(const GumboNode* node, const WalkContext& context);
  void Append(std::string_view text, const WalkContext& context, int line, bool from_image);
  void Flush();
  // An image block "Image: DESCRIPTION" showing `image` (an <img>, or null), unless the
  // description is a file name or the image is the one just announced (then listed in
  // skipped_ as `what`).
  void AddImage(std::string description, const WalkContext& context, int line, std::string what,
                const GumboNode* image);
  struct FigureImage {
    std::string src, alt;
  };
  void AddBlock(BlockKind kind, std::string text, const WalkContext& context, int line,
                FigureImage image = {});
  bool Skip(const GumboNode* node);
  void Heading(const GumboNode* node);
  void Table(const GumboNode* table, const WalkContext& context);
  void Figure(const GumboNode* node, const WalkContext& context);
  void Code(const GumboNode* pre, const WalkContext& context);
  void Math(const GumboNode* math, const WalkContext& context);
  void NoteReference(const std::string& id, const WalkContext& context, int line);

  std::string article_language_;
  std::string title_;
  const DropMap& dropped_;
  const Footnotes& footnotes_;
  FootnoteStyle footnote_style_;
  std::vector<std::string> notes_referenced_;  // note ids, in the order first referenced
  std::vector<SkippedContent>& skipped_;
  bool title_heading_seen_ = false;
  int next_list_id_ = 1;
  SectionBuilder sections_;
  InlineText text_;  // the running block
  std::unique_ptr<WalkContext> text_context_;
  int text_line_ = 0;
  std::string block_language_;  // of the block element being walked: text in another is a passage
  std::string last_image_;      // the description of the last image announced
  const GumboNode* text_image_ = nullptr;  // the last <img> whose alt text the running block got
};

/// The first `max_chars` bytes (cut at a space) of the text at or below `node`, even when
/// `node` itself is skipped furniture: what inspect shows of a skipped element.
std::string ExcerptOf(const GumboNode* node, size_t max_chars = 80);

}  // namespace spoken
