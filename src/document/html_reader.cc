#include "document/html_reader.h"

#include <string>
#include <utility>

#include "core/ascii.h"
#include "document/html_dom.h"
#include "document/inline_text.h"
#include "document/metadata.h"
#include "document/section_builder.h"

namespace spoken {
namespace {

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Elements that end the running paragraph (CSS display: block and friends).
bool IsBlockBoundary(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Head metadata: fills `info` with what the page states (see the header for the rules).
void ReadHead(const GumboNode* html, ArticleInfo& info, std::string& og_title,
              std::string& page_title) {
  if (const char* lang = Attribute(html, "lang"); lang != nullptr) {
    std::string tag(TrimAscii(lang));
    if (IsBcp47Tag(tag)) info.language = tag;
  }
  const GumboNode* head = FindFirst(html, GUMBO_TAG_HEAD, true);
  if (head == nullptr) return;
  std::string og_description, og_url;
  ForEachChild(head, [&](const GumboNode* child) {
    if (IsElement(child, GUMBO_TAG_TITLE)) page_title = TextOf(child);
    if (IsElement(child, GUMBO_TAG_LINK) && AttributeIs(child, "rel", "canonical")) {
      if (const char* href = Attribute(child, "href")) info.url = TrimAscii(href);
    }
    if (!IsElement(child, GUMBO_TAG_META)) return;
    const char* content_attribute = Attribute(child, "content");
    if (content_attribute == nullptr) return;
    const std::string content = CollapseWhitespace(content_attribute);
    if (content.empty()) return;
    if (AttributeIs(child, "name", "author")) info.author = content;
    if (AttributeIs(child, "name", "description")) info.description = content;
    if (AttributeIs(child, "property", "og:title")) og_title = content;
    if (AttributeIs(child, "property", "og:description")) og_description = content;
    if (AttributeIs(child, "property", "og:url")) og_url = content;
    if (AttributeIs(child, "name", "date") || AttributeIs(child, "name", "dcterms.date") ||
        AttributeIs(child, "property", "article:published_time")) {
      const std::string day = content.substr(0, 10);
      const bool date_only_or_time =
          content.size() == 10 || content[10] == 'T' || content[10] == 't' || content[10] == ' ';
      if (IsIsoCalendarDate(day) && date_only_or_time) info.date = day;
    }
  });
  if (info.description.empty() && !og_description.empty()) info.description = og_description;
  if (!og_url.empty() && (info.url.empty() || info.url == og_url)) info.url = og_url;
}

// Where the walk is: what kind of block the running text becomes.
struct Context {
  BlockKind kind = BlockKind::kParagraph;
  int list_id = 0;
  bool ordered_list = false;
  bool in_figure = false;
  bool merge_blocks = false;  // inside an <li>: its paragraphs form one item
  std::string language;       // from the nearest lang attribute
};

class BodyWalker {
 public:
  BodyWalker(const std::string& article_language, const std::string& title)
      : article_language_(article_language), title_(title) {}

  void Walk(const GumboNode* node, const Context& context);
  void Flush();
  std::vector<Section> Finish() {
    Flush();
    return sections_.Finish(title_);
  }

 private:
  void WalkElement(const GumboNode* node, Context context);
  void WalkChildren(const GumboNode* node, const Context& context) {
    ForEachChild(node, [&](const GumboNode* child) { Walk(child, context); });
  }
  // Appends to the running block, which takes `context` and `line` when this starts it.
  void Append(std::string_view text, const Context& context, int line, bool from_image);
  void Heading(const GumboNode* node);
  void TableRow(const GumboNode* row, const Context& context);

  const std::string& article_language_;
  const std::string& title_;
  bool title_heading_seen_ = false;
  int next_list_id_ = 1;
  SectionBuilder sections_;
  InlineText text_;  // the running block
  Context text_context_;
  int text_line_ = 0;
};

void BodyWalker::Walk(const GumboNode* node, const Context& context) {
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

void BodyWalker::Append(std::string_view text, const Context& context, int line, bool from_image) {
  if (text_.empty()) {
    text_context_ = context;
    text_line_ = line;
  }
  text_.Append(text, from_image);
}

void BodyWalker::Flush() {
  if (text_.empty()) return;
  if (!text_.HasOwnText()) {  // only image alt text: a picture, not a sentence
    text_ = InlineText();
    return;
  }
  std::string language = text_context_.language;
  if (EqualsIgnoringAsciiCase(language, article_language_)) language.clear();
  Block block{.kind = text_context_.kind,
              .source_line = text_line_,
              .list_id = text_context_.list_id,
              .ordered_list = text_context_.ordered_list,
              .language = std::move(language)};
  text_.MoveInto(block);
  sections_.AddBlock(std::move(block));
}

void BodyWalker::WalkElement(const GumboNode* node, Context context) {
  if (IsSkipped(node)) return;
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
      if (const char* alt = Attribute(node, "alt"); alt != nullptr && !context.in_figure) {
        const int line = static_cast<int>(node->v.element.start_pos.line);
        Append(" ", context, line, false);
        Append(alt, context, line, /*from_image=*/true);
        Append(" ", context, line, false);
      }
      return;
    case GUMBO_TAG_A:
      if (const char* href = Attribute(node, "href")) text_.BeginLink(std::string(TrimAscii(href)));
      WalkChildren(node, context);
      text_.EndLink();
      return;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
      Flush();
      context.kind = BlockKind::kListItem;
      context.list_id = next_list_id_++;
      context.ordered_list = tag == GUMBO_TAG_OL;
      context.merge_blocks = false;
      WalkChildren(node, context);
      Flush();
      return;
    case GUMBO_TAG_LI:
      Flush();
      context.kind = BlockKind::kListItem;
      if (context.list_id == 0) context.list_id = next_list_id_++;
      context.merge_blocks = true;
      WalkChildren(node, context);
      Flush();
      return;
    case GUMBO_TAG_BLOCKQUOTE:
      Flush();
      context = Context{.kind = BlockKind::kQuote, .language = context.language};
      WalkChildren(node, context);
      Flush();
      return;
    case GUMBO_TAG_FIGURE:
      Flush();
      context.in_figure = true;
      WalkChildren(node, context);
      Flush();
      return;
    case GUMBO_TAG_FIGCAPTION:
      Flush();
      if (context.kind == BlockKind::kListItem) context.merge_blocks = true;
      WalkChildren(node, context);
      Flush();
      return;
    case GUMBO_TAG_TR:
      Flush();
      TableRow(node, context);
      Flush();
      return;
    default:
      break;
  }
  if (IsBlockBoundary(tag) && !context.merge_blocks) {
    Flush();
    WalkChildren(node, context);
    Flush();
    return;
  }
  if (IsBlockBoundary(tag)) text_.Append(" ");
  WalkChildren(node, context);
  if (IsBlockBoundary(tag)) text_.Append(" ");
}

void BodyWalker::Heading(const GumboNode* node) {
  std::string text = TextOf(node);
  if (text.empty()) return;
  if (node->v.element.tag == GUMBO_TAG_H1 && !title_heading_seen_ && text == title_) {
    title_heading_seen_ = true;
    return;
  }
  sections_.StartSection(std::move(text), static_cast<int>(node->v.element.start_pos.line));
}

void BodyWalker::TableRow(const GumboNode* row, const Context& context) {
  Context cells = context;
  cells.merge_blocks = true;
  bool first = true;
  ForEachChild(row, [&](const GumboNode* cell) {
    if (!IsElement(cell, GUMBO_TAG_TD) && !IsElement(cell, GUMBO_TAG_TH)) return;
    if (!first && !text_.empty()) text_.Append("; ");
    first = false;
    WalkChildren(cell, cells);
  });
}

// The element whose content is the article: see the header.
const GumboNode* ArticleRoot(const GumboNode* html) {
  const GumboNode* body = FindFirst(html, GUMBO_TAG_BODY, true);
  if (body == nullptr) body = html;
  if (const GumboNode* article = FindFirst(body, GUMBO_TAG_ARTICLE, false)) return article;
  if (const GumboNode* main = FindFirst(body, GUMBO_TAG_MAIN, false)) return main;
  return body;
}

}  // namespace

Result<Article> ReadHtml(std::string_view source, ArticleInfo info) {
  Result<HtmlDocument> document = HtmlDocument::Parse(source);
  if (!document.ok()) return EngineError(info.source_path + ": " + document.error().message);
  const GumboNode* html = document->root();

  std::string og_title, page_title;
  ReadHead(html, info, og_title, page_title);
  const GumboNode* root = ArticleRoot(html);
  const GumboNode* h1 = FindFirst(root, GUMBO_TAG_H1, true);
  if (h1 == nullptr) h1 = FindFirst(html, GUMBO_TAG_H1, false);
  std::string h1_title = h1 == nullptr ? std::string() : TextOf(h1);
  if (!h1_title.empty()) {
    info.title = h1_title;
  } else if (!og_title.empty()) {
    info.title = og_title;
  } else if (!page_title.empty()) {
    info.title = page_title;
  }

  BodyWalker walker(info.language, info.title);
  walker.Walk(root, Context{.language = info.language});
  Article article;
  article.sections = walker.Finish();
  article.info = std::move(info);
  return article;
}

}  // namespace spoken
