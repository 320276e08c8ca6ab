// HtmlDocument: gumbo's parse tree behind an RAII owner, plus the few queries the HTML
// reader asks of it. The only header that includes gumbo; used by document/ alone.
#pragma once

#include <gumbo.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "document/inline_text.h"

namespace spoken {

/// A parsed HTML document (UTF-8 in; gumbo repairs malformed markup as browsers do).
/// Move-only. Nodes handed out stay valid while this object lives; the source text given to
/// Parse() need not outlive it (we read no positions into it, only line numbers).
class HtmlDocument {
 public:
  /// Fails with kEngine when gumbo returns nothing (it does not fail on bad markup), and with
  /// kInvalidInput when gumbo's tree nests elements deeper than `max_depth` (the readers walk
  /// it recursively; html_nesting.h bounds the depth before parsing, this is the backstop).
  static Result<HtmlDocument> Parse(std::string_view html, int max_depth);

  /// The <html> element.
  const GumboNode* root() const { return output_->root; }

 private:
  struct Closer {
    void operator()(GumboOutput* output) const;
  };
  explicit HtmlDocument(GumboOutput* output) : output_(output) {}
  std::unique_ptr<GumboOutput, Closer> output_;
};

/// True for an element node with `tag`.
bool IsElement(const GumboNode* node, GumboTag tag);

/// The value of attribute `name` (lowercase) of an element, or null when absent.
const char* Attribute(const GumboNode* node, const char* name);

/// True when attribute `name` equals `lowercase_value`, ignoring ASCII case.
bool AttributeIs(const GumboNode* node, const char* name, std::string_view lowercase_value);

/// Why an element is never read, or empty when it may be: page furniture by its tag (nav,
/// header, footer, aside), code and styling (script, style, noscript, template), media and
/// embedded content (iframe, svg, canvas, video, audio, object, embed), form controls, and
/// hidden content (`hidden`, aria-hidden="true", style display:none or visibility:hidden),
/// and permalink anchors (an in-page link shown as "¶", "#", "§" or a link symbol).
/// <math> is not skipped here: the reader reads its alt text or announces it.
std::string_view SkipReason(const GumboNode* node);
inline bool IsSkipped(const GumboNode* node) { return !SkipReason(node).empty(); }

/// The lowercase tag name of an element ("div"), empty for other nodes.
std::string_view TagName(const GumboNode* node);

/// The element's class and id attributes, lowercased and joined by a space.
std::string ClassAndId(const GumboNode* node);

/// A short name for an element as inspect shows it: the tag, then ".first-class" or "#id".
std::string Describe(const GumboNode* node);

/// The parent element, or null at the document.
inline const GumboNode* Parent(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  return parent != nullptr && parent->type == GUMBO_NODE_ELEMENT ? parent : nullptr;
}

/// True when `tag` is one of `tags`.
bool IsOneOf(GumboTag tag, std::initializer_list<GumboTag> tags);

/// True for the elements that make a div a container rather than a paragraph of its own
/// (blockquote, dl, div, img, ol, p, pre, table, ul).
bool IsBlockForParagraphs(GumboTag tag);

/// True for the elements that end a running paragraph when read (CSS display: block and
/// friends: p, div, section, table cells, pre ...).
bool IsBlockBoundary(GumboTag tag);

/// True for inline content (text, and elements that are not blocks): runs of it directly
/// inside a container read as a paragraph of that container.
bool IsPhrasing(const GumboNode* node);

/// Calls `visit(const GumboNode*)` for each child of a document or element node.
template <typename Visit>
void ForEachChild(const GumboNode* node, Visit visit) {
  const GumboVector* children = nullptr;
  if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT) children = &node->v.element.children;
  if (children == nullptr) return;
  for (unsigned i = 0; i < children->length; ++i) {
    visit(static_cast<const GumboNode*>(children->data[i]));
  }
}

/// The first element with `tag` at or below `node` in document order; skipped furniture is
/// searched too only when `search_furniture`. Null when there is none.
const GumboNode* FindFirst(const GumboNode* node, GumboTag tag, bool search_furniture);

/// All text at or below `node`, whitespace collapsed, skipped furniture left out, <br> as a
/// space; no block structure (for titles and headings).
std::string TextOf(const GumboNode* node);

}  // namespace spoken
