#include "document/html_block_walker.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

#include "document/html_block_kinds.h"
#include "document/metadata.h"
#include "document/node_stats.h"

namespace spoken {

// Where the walk is: what kind of block the running text becomes.
struct WalkContext {
  BlockKind kind = BlockKind::kParagraph;
  int list_id = 0;
  bool ordered_list = false;
  bool merge_blocks = false;  // inside an <li> or a table cell: its paragraphs form one block
  std::string language;       // from the nearest lang attribute
};

namespace {

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool SameLanguage(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

int LineOf(const GumboNode* node) { return static_cast<int>(node->v.element.start_pos.line); }

void GatherAll(const GumboNode* node, InlineText& text) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    text.Append(node->v.text.text);
    text.Append(" ");
    return;
  }
  if (IsElement(node, GUMBO_TAG_SCRIPT) || IsElement(node, GUMBO_TAG_STYLE)) return;
  ForEachChild(node, [&](const GumboNode* child) { GatherAll(child, text); });
}

}  // namespace

std::string ExcerptOf(const GumboNode* node, size_t max_chars) {
  InlineText text;
  GatherAll(node, text);
  std::string excerpt = text.text();
  if (excerpt.size() <= max_chars) return excerpt;
  size_t cut = excerpt.rfind(' ', max_chars);
  if (cut == std::string::npos || cut == 0) cut = max_chars;
  while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) --cut;
  return excerpt.substr(0, cut) + "…";
}

HtmlBlockWalker::HtmlBlockWalker(std::string article_language, std::string title,
                                 const DropMap& dropped, const Footnotes& footnotes,
                                 FootnoteStyle footnote_style, std::vector<SkippedContent>& skipped)
    : article_language_(std::move(article_language)),
      title_(std::move(title)),
      dropped_(dropped),
      footnotes_(footnotes),
      footnote_style_(footnote_style),
      skipped_(skipped),
      text_context_(std::make_unique<WalkContext>()) {}

HtmlBlockWalker::~HtmlBlockWalker() = default;

void HtmlBlockWalker::Walk(const GumboNode* element) {
  WalkContext context{.language = article_language_};
  for (const GumboNode* up = element; up != nullptr; up = Parent(up)) {
    if (const char* lang = Attribute(up, "lang"); lang != nullptr) {
      context.language = TrimAscii(lang);
      break;
    }
  }
  Flush();
  block_language_ = context.language;
  WalkNode(element, context);
  Flush();
}

std::vector<Section> HtmlBlockWalker::Finish() {
  Flush();
  if (footnote_style_ == FootnoteStyle::kEnd && !notes_referenced_.empty()) {
    sections_.StartSection("Notes", 0);
    WalkContext notes{.kind = BlockKind::kNote,
                      .list_id = next_list_id_++,
                      .ordered_list = true,
                      .language = article_language_};
    for (const std::string& id : notes_referenced_) {
      AddBlock(BlockKind::kNote, footnotes_.text_by_id.at(id), notes, 0);
    }
  }
  return sections_.Finish(title_);
}

void HtmlBlockWalker::WalkChildren(const GumboNode* node, const WalkContext& context) {
  ForEachChild(node, [&](const GumboNode* child) { WalkNode(child, context); });
}

void HtmlBlockWalker::WalkBlock(const GumboNode* node, const WalkContext& context) {
  Flush();
  const std::string outer = std::exchange(block_language_, context.language);
  WalkChildren(node, context);
  Flush();
  block_language_ = outer;
}

void HtmlBlockWalker::WalkNode(const GumboNode* node, const WalkContext& context) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      Append(node->v.text.text, context, static_cast<int>(node->v.text.start_pos.line), false);
      return;
    case GUMBO_NODE_ELEMENT:
      WalkElement(node, context);
      return;
    default:
      return;  // comments, templates
  }
}

void HtmlBlockWalker::Append(std::string_view text, const WalkContext& context, int line,
                             bool from_image) {
  if (text_.empty()) {
    *text_context_ = context;
    text_context_->language = block_language_;
    text_line_ = line;
  }
  // Text inside an inline element with another lang than its block's is a passage.
  text_.SetLanguage(SameLanguage(context.language, block_language_) ? "" : context.language);
  text_.Append(text, from_image);
}

void HtmlBlockWalker::AddBlock(BlockKind kind, std::string text, const WalkContext& context,
                               int line, FigureImage image) {
  Flush();
  std::string language = context.language;
  if (SameLanguage(language, article_language_)) language.clear();
  sections_.AddBlock(Block{.kind = kind,
                           .text = std::move(text),
                           .source_line = line,
                           .list_id = context.list_id,
                           .ordered_list = context.ordered_list,
                           .language = std::move(language),
                           .image = std::move(image.src),
                           .image_alt = std::move(image.alt)});
}

void HtmlBlockWalker::AddImage(std::string description, const WalkContext& context, int line,
                               std::string what, const GumboNode* image) {
  std::string_view reason;
  if (IsFileName(description)) reason = "image named only by its file name";
  if (description == last_image_) reason = "the same image again";
  if (!reason.empty()) {
    skipped_.push_back({.what = std::move(what),
                        .reason = std::string(reason),
                        .excerpt = std::move(description),
                        .source_line = line});
    return;
  }
  last_image_ = description;
  const char* src = image == nullptr ? nullptr : Attribute(image, "src");
  const char* alt = image == nullptr ? nullptr : Attribute(image, "alt");
  AddBlock(BlockKind::kFigure, "Image: " + description, context, line,
           {src == nullptr ? "" : std::string(TrimAscii(src)),
            alt == nullptr ? "" : CollapseWhitespace(alt)});
}

void HtmlBlockWalker::Flush() {
  if (text_.empty()) return;
  if (!text_.HasOwnText()) {  // only image alt text: a picture standing alone
    std::string alt = text_.text();
    text_ = InlineText();
    AddImage(std::move(alt), *text_context_, text_line_, "img", text_image_);
    return;
  }
  const WalkContext& context = *text_context_;
  Block block{.kind = context.kind,
              .source_line = text_line_,
              .list_id = context.list_id,
              .ordered_list = context.ordered_list,
              .language = context.language};
  text_.MoveInto(block);  // a block all of whose text is one passage takes its language
  if (SameLanguage(block.language, article_language_)) block.language.clear();
  sections_.AddBlock(std::move(block));
}

// True (and the element listed in skipped_ when it holds anything) for what is not read.
bool HtmlBlockWalker::Skip(const GumboNode* node) {
  std::string_view reason;
  if (auto it = dropped_.find(node); it != dropped_.end()) {
    reason = it->second;
  } else {
    reason = SkipReason(node);
  }
  if (reason.empty()) return false;
  if (reason == "script or style" || reason == "page head" || reason == "template") return true;
  std::string excerpt = ExcerptOf(node);
  if (!excerpt.empty() || reason == "embedded media") {
    skipped_.push_back({.what = Describe(node),
                        .reason = std::string(reason),
                        .excerpt = std::move(excerpt),
                        .source_line = LineOf(node)});
  }
  return true;
}

void HtmlBlockWalker::WalkElement(const GumboNode* node, WalkContext context) {
  if (footnotes_.lists.count(node) > 0) {
    skipped_.push_back(
        {.what = Describe(node),
         .reason = footnote_style_ == FootnoteStyle::kInline ? "footnotes, read where referenced"
                   : footnote_style_ == FootnoteStyle::kEnd  ? "footnotes, read at the end"
                                                             : "footnotes (footnotes: skip)",
         .excerpt = ExcerptOf(node),
         .source_line = LineOf(node)});
    return;
  }
  if (Skip(node)) return;
  if (const char* lang = Attribute(node, "lang"); lang != nullptr) {
    context.language = TrimAscii(lang);
  }
  const GumboTag tag = node->v.element.tag;
  if (IsHeading(tag)) {
    Flush();
    Heading(node);
    return;
  }
  switch (tag) {
    case GUMBO_TAG_BR:
      text_.Append(" ");
      return;
    case GUMBO_TAG_IMG:
      if (const char* alt = Attribute(node, "alt"); alt != nullptr && IsFileName(alt)) {
        skipped_.push_back({.what = Describe(node),
                            .reason = "image named only by its file name",
                            .excerpt = alt,
                            .source_line = LineOf(node)});
      } else if (alt != nullptr && *alt != '\0') {
        text_image_ = node;
        Append(" ", context, LineOf(node), false);
        Append(alt, context, LineOf(node), /*from_image=*/true);
        Append(" ", context, LineOf(node), false);
      }
      return;
    case GUMBO_TAG_A:
      if (std::string id = NoteReferenced(node, footnotes_); !id.empty()) {
        NoteReference(id, context, LineOf(node));
        return;
      }
      if (const char* href = Attribute(node, "href")) text_.BeginLink(std::string(TrimAscii(href)));
      WalkChildren(node, context);
      text_.EndLink();
      return;
    case GUMBO_TAG_MATH:
      Math(node, context);
      return;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      context.kind = BlockKind::kListItem;
      context.list_id = next_list_id_++;
      context.ordered_list = tag == GUMBO_TAG_OL;
      context.merge_blocks = false;
      WalkBlock(node, context);
      return;
    case GUMBO_TAG_LI:
      context.kind = BlockKind::kListItem;
      if (context.list_id == 0) context.list_id = next_list_id_++;
      context.merge_blocks = true;
      WalkBlock(node, context);
      return;
    case GUMBO_TAG_BLOCKQUOTE:
      WalkBlock(node, WalkContext{.kind = BlockKind::kQuote, .language = context.language});
      return;
    case GUMBO_TAG_FIGURE:
      Figure(node, context);
      return;
    case GUMBO_TAG_TABLE:
      if (IsDataTable(node)) {
        Table(node, context);
        return;
      }
      break;
    case GUMBO_TAG_PRE:
      if (IsCodeBlock(node)) {
        Code(node, context);
        return;
      }
      break;
    default:
      break;
  }
  if (IsBlockBoundary(tag) && !context.merge_blocks) {
    WalkBlock(node, context);
    return;
  }
  if (IsBlockBoundary(tag)) text_.Append(" ");
  WalkChildren(node, context);
  if (IsBlockBoundary(tag)) text_.Append(" ");
}

void HtmlBlockWalker::Heading(const GumboNode* node) {
  std::string text = TextOf(node);
  if (text.empty()) return;
  const GumboTag tag = node->v.element.tag;
  if ((tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) && !title_heading_seen_ && text == title_) {
    title_heading_seen_ = true;
    return;
  }
  sections_.StartSection(std::move(text), LineOf(node));
}

void HtmlBlockWalker::Table(const GumboNode* table, const WalkContext& context) {
  Flush();
  TableReading reading = ReadDataTable(table);
  if (!reading.summary.empty()) {
    AddBlock(BlockKind::kTable, std::move(reading.summary), context, LineOf(table));
    skipped_.push_back({.what = Describe(table),
                        .reason = "table too large to read row by row, summarized",
                        .excerpt = ExcerptOf(table),
                        .source_line = LineOf(table)});
    return;
  }
  if (!reading.caption.empty()) {
    AddBlock(BlockKind::kTable, "Table: " + reading.caption, context, LineOf(table));
  }
  for (auto& [row, text] : reading.rows) {
    AddBlock(BlockKind::kTableRow, std::move(text), context, LineOf(row));
  }
}

void HtmlBlockWalker::Figure(const GumboNode* node, const WalkContext& context) {
  Flush();
  const GumboNode* caption = FindFirst(node, GUMBO_TAG_FIGCAPTION, false);
  std::string text = caption == nullptr ? std::string() : TextOf(caption);
  if (text.empty()) {
    const GumboNode* image = FindFirst(node, GUMBO_TAG_IMG, true);
    const char* alt = image == nullptr ? nullptr : Attribute(image, "alt");
    if (alt != nullptr) text = CollapseWhitespace(alt);
  }
  if (!text.empty()) {
    AddImage(std::move(text), context, LineOf(node), Describe(node),
             FindFirst(node, GUMBO_TAG_IMG, true));
  } else if (FindFirst(node, GUMBO_TAG_IMG, true) != nullptr) {
    skipped_.push_back({.what = Describe(node),
                        .reason = "image without a caption or alt text",
                        .source_line = LineOf(node)});
  }
  // Anything else in the figure (a quote, a table, a code listing) is read as usual.
  ForEachChild(node, [&](const GumboNode* child) {
    if (IsElement(child, GUMBO_TAG_FIGCAPTION) || IsElement(child, GUMBO_TAG_IMG) ||
        TagName(child) == "picture") {
      return;
    }
    if (child->type == GUMBO_NODE_ELEMENT && FindFirst(child, GUMBO_TAG_IMG, true) != nullptr &&
        TextOf(child).empty()) {
      return;
    }
    WalkNode(child, context);
  });
  Flush();
}

void HtmlBlockWalker::Code(const GumboNode* pre, const WalkContext& context) {
  const int lines = CodeLineCount(pre);
  if (lines == 0) return;
  AddBlock(BlockKind::kCode,
           "Code example, " + std::to_string(lines) + (lines == 1 ? " line" : " lines"), context,
           LineOf(pre));
  skipped_.push_back({.what = Describe(pre),
                      .reason = "code, announced and not read",
                      .excerpt = ExcerptOf(pre),
                      .source_line = LineOf(pre)});
}

void HtmlBlockWalker::Math(const GumboNode* math, const WalkContext& context) {
  std::string text = MathText(math);
  if (text.empty()) {
    text = "a formula";
    skipped_.push_back({.what = "math",
                        .reason = "formula without alt text, announced",
                        .excerpt = ExcerptOf(math),
                        .source_line = LineOf(math)});
  }
  Append(" ", context, LineOf(math), false);
  Append(text, context, LineOf(math), false);
  Append(" ", context, LineOf(math), false);
}

void HtmlBlockWalker::NoteReference(const std::string& id, const WalkContext& context, int line) {
  switch (footnote_style_) {
    case FootnoteStyle::kInline:
      Append(" (Footnote: " + footnotes_.text_by_id.at(id) + ") ", context, line, false);
      return;
    case FootnoteStyle::kEnd: {
      auto known = std::find(notes_referenced_.begin(), notes_referenced_.end(), id);
      if (known == notes_referenced_.end()) {
        notes_referenced_.push_back(id);
        known = notes_referenced_.end() - 1;
      }
      if (!text_.empty()) text_.AddNoteRef(static_cast<int>(known - notes_referenced_.begin()) + 1);
      return;
    }
    case FootnoteStyle::kSkip:
      return;
  }
}

}  // namespace spoken
