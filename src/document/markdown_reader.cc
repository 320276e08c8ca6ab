#include "document/markdown_reader.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "document/front_matter.h"
#include "document/inline_text.h"
#include "document/language_spans.h"
#include "document/section_builder.h"

namespace spoken {
namespace {

struct ParserCloser {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeCloser {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserCloser>;
using NodePtr = std::unique_ptr<cmark_node, NodeCloser>;

// Parses `body` with the GitHub extensions that change what text a block holds. The
// returned tree owns its memory; the parser is freed here.
NodePtr ParseBody(std::string_view body) {
  cmark_gfm_core_extensions_ensure_registered();
  ParserPtr parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), body.data(), body.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

bool TypeIs(cmark_node* node, const char* type_string) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && std::strcmp(type, type_string) == 0;
}

std::string Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal == nullptr ? std::string() : std::string(literal);
}

// Where the walk is: what kind of block a paragraph here becomes.
struct Context {
  BlockKind kind = BlockKind::kParagraph;
  int list_id = 0;
  bool ordered_list = false;
};

class MarkdownWalker {
 public:
  MarkdownWalker(ArticleInfo& info, bool title_set, int line_offset)
      : info_(info), title_set_(title_set), line_offset_(line_offset) {}

  void WalkDocument(cmark_node* document) {
    bool first = true;
    for (cmark_node* child = cmark_node_first_child(document); child != nullptr;
         child = cmark_node_next(child)) {
      const cmark_node_type type = cmark_node_get_type(child);
      if (first && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK)) {
        continue;  // nothing readable: the heading after it still opens the body
      }
      if (first && IsTitleHeading(child)) {
        first = false;
        continue;
      }
      first = false;
      WalkBlock(child, Context());
    }
  }

  std::vector<Section> Finish() { return sections_.Finish(info_.title); }
  // "PATH:LINE: ..." for the markers that looked like language spans and were not.
  std::vector<std::string> TakeWarnings() { return std::move(warnings_); }

 private:
  // A level-1 heading opening the body is the title when it equals the front matter's
  // title, or when the front matter named none (it then becomes the title).
  bool IsTitleHeading(cmark_node* node) {
    if (cmark_node_get_type(node) != CMARK_NODE_HEADING) return false;
    if (cmark_node_get_heading_level(node) != 1) return false;
    InlineText text;
    AppendInlines(node, text, false);
    if (title_set_) return text.text() == info_.title;
    if (text.empty()) return false;
    info_.title = text.text();
    return true;
  }

  int Line(cmark_node* node) const { return cmark_node_get_start_line(node) + line_offset_; }

  void WalkBlock(cmark_node* node, const Context& context) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING: {
        InlineText text;
        AppendInlines(node, text, false);
        Block heading{.text = text.text()};
        Warn(ApplyLanguageSpans(heading), Line(node));
        if (!heading.language.empty()) {  // a heading all in another language
          heading.passages = {{0, heading.text.size(), heading.language}};
        }
        sections_.StartSection(std::move(heading.text), Line(node), std::move(heading.passages));
        return;
      }
      case CMARK_NODE_PARAGRAPH: {
        InlineText text;
        AppendParagraph(node, text);
        cmark_node* image = context.kind == BlockKind::kParagraph ? LoneImage(node) : nullptr;
        if (image == nullptr || text.empty()) {
          AddBlock(text, context, Line(node));
          return;
        }
        // A picture standing alone, read as its title: a figure showing the image.
        InlineText alt;
        AppendInlines(image, alt, false);
        const char* url = cmark_node_get_url(image);
        Block figure{.kind = BlockKind::kFigure,
                     .source_line = Line(node),
                     .image = url == nullptr ? "" : url,
                     .image_alt = alt.text()};
        text.MoveInto(figure);
        sections_.AddBlock(std::move(figure));
        return;
      }
      case CMARK_NODE_CODE_BLOCK: {
        InlineText text;
        text.Append(Literal(node));
        AddBlock(text, context, Line(node));
        return;
      }
      case CMARK_NODE_LIST: {
        Context list{.kind = BlockKind::kListItem,
                     .list_id = next_list_id_++,
                     .ordered_list = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST};
        for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
             item = cmark_node_next(item)) {
          WalkItem(item, list);
        }
        return;
      }
      case CMARK_NODE_BLOCK_QUOTE: {
        WalkChildren(node, Context{.kind = BlockKind::kQuote});
        return;
      }
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_THEMATIC_BREAK:
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        return;
      default:
        break;
    }
    if (TypeIs(node, "table_row") || TypeIs(node, "table_header")) {
      InlineText text;
      for (cmark_node* cell = cmark_node_first_child(node); cell != nullptr;
           cell = cmark_node_next(cell)) {
        if (!text.empty()) text.Append("; ");
        AppendInlines(cell, text, false);
      }
      AddBlock(text, context, Line(node));
      return;
    }
    WalkChildren(node, context);  // tables and any other container
  }

  void WalkChildren(cmark_node* node, const Context& context) {
    for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
         child = cmark_node_next(child)) {
      WalkBlock(child, context);
    }
  }

  // One block per item: its paragraphs are joined; a nested block (list, quote, code) ends
  // the item's text so far and is walked in its own right.
  void WalkItem(cmark_node* item, const Context& list) {
    InlineText text;
    int line = Line(item);
    for (cmark_node* child = cmark_node_first_child(item); child != nullptr;
         child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH) {
        if (!text.empty()) text.Append(" ");
        AppendParagraph(child, text);
        continue;
      }
      AddBlock(text, list, line);
      line = Line(child);
      WalkBlock(child, list);
    }
    AddBlock(text, list, line);
  }

  // The image of a paragraph that holds one image and nothing else; null otherwise.
  static cmark_node* LoneImage(cmark_node* paragraph) {
    cmark_node* image = nullptr;
    for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
         child = cmark_node_next(child)) {
      const cmark_node_type type = cmark_node_get_type(child);
      if (type == CMARK_NODE_IMAGE && image == nullptr) {
        image = child;
      } else if (type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK &&
                 !(type == CMARK_NODE_TEXT && CollapseWhitespace(Literal(child)).empty())) {
        return nullptr;
      }
    }
    return image;
  }

  // A paragraph's text; an image-only paragraph gives its title (caption) or nothing.
  void AppendParagraph(cmark_node* paragraph, InlineText& text) {
    InlineText probe;
    AppendInlines(paragraph, probe, false);
    if (probe.HasOwnText()) {
      AppendInlines(paragraph, text, false);
      return;
    }
    for (cmark_node* child = cmark_node_first_child(paragraph); child != nullptr;
         child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) != CMARK_NODE_IMAGE) continue;
      const char* title = cmark_node_get_title(child);
      if (title != nullptr && *title != '\0') {
        if (!text.empty()) text.Append(" ");
        text.Append(title);
      }
    }
  }

  void AppendInlines(cmark_node* parent, InlineText& text, bool in_image) {
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          text.Append(Literal(node), in_image);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          text.Append(" ", in_image);
          break;
        case CMARK_NODE_HTML_INLINE:
          break;
        case CMARK_NODE_LINK: {
          const char* url = cmark_node_get_url(node);
          text.BeginLink(url == nullptr ? "" : url);
          AppendInlines(node, text, in_image);
          text.EndLink();
          break;
        }
        case CMARK_NODE_IMAGE:
          AppendInlines(node, text, true);
          break;
        default:
          AppendInlines(node, text, in_image);  // emphasis, strong, strikethrough, ...
          break;
      }
    }
  }

  // Keeps ApplyLanguageSpans' messages about the source line `line`.
  void Warn(const std::vector<std::string>& problems, int line) {
    for (const std::string& problem : problems) {
      warnings_.push_back(info_.source_path + ":" + std::to_string(line) + ": " + problem);
    }
  }

  void AddBlock(InlineText& text, const Context& context, int line) {
    if (text.empty()) return;
    Block block{.kind = context.kind,
                .source_line = line,
                .list_id = context.list_id,
                .ordered_list = context.ordered_list};
    text.MoveInto(block);
    Warn(ApplyLanguageSpans(block), line);
    sections_.AddBlock(std::move(block));
  }

  ArticleInfo& info_;
  std::vector<std::string> warnings_;
  bool title_set_;
  int line_offset_;
  int next_list_id_ = 1;
  SectionBuilder sections_;
};

// The walker below recurses once per level of the tree; cmark-gfm itself builds trees of
// any depth without recursion. This iterative pass refuses the deep ones first.
Status CheckNesting(cmark_node* document, const std::string& path, int line_offset) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(document),
                                                               &cmark_iter_free);
  int depth = 0;
  for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_EXIT) {
      --depth;
      continue;
    }
    // The iterator enters leaves (text, code, breaks, raw HTML) without exiting them.
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_THEMATIC_BREAK:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_TEXT:
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        continue;
      default:
        break;
    }
    if (++depth > kMaxMarkdownNesting) {
      int line = cmark_node_get_start_line(node);
      for (cmark_node* up = node; line == 0 && up != nullptr; up = cmark_node_parent(up)) {
        line = cmark_node_get_start_line(up);
      }
      return InvalidInput(path + ":" + std::to_string(line + line_offset) + ": nested more than " +
                          std::to_string(kMaxMarkdownNesting) +
                          " levels deep (quotes, lists or emphasis)");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Article> ReadMarkdown(std::string_view source, ArticleInfo info) {
  Result<FrontMatterSplit> split = SplitFrontMatter(source, info.source_path);
  if (!split.ok()) return split.error();
  bool title_set = false;
  if (split->present) {
    Status status = ApplyFrontMatter(split->yaml, info.source_path, info, title_set);
    if (!status.ok()) return status.error();
  }
  NodePtr document = ParseBody(split->body);
  if (document == nullptr) {
    return EngineError(info.source_path + ": cmark-gfm could not parse the Markdown");
  }
  if (Status status = CheckNesting(document.get(), info.source_path, split->body_line_offset);
      !status.ok()) {
    return status.error();
  }
  MarkdownWalker walker(info, title_set, split->body_line_offset);
  walker.WalkDocument(document.get());
  Article article;
  article.sections = walker.Finish();
  article.warnings = walker.TakeWarnings();
  article.info = std::move(info);
  return article;
}

}  // namespace spoken
