// HtmlDocument: gumbo's parse tree behind an RAII owner, plus the few queries the HTML
// reader asks of it. The only header that includes gumbo; used by document/ alone.
#pragma once

#include <gumbo.h>

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
  /// Fails with kEngine when gumbo returns nothing (it does not fail on bad markup).
  static Result<HtmlDocument> Parse(std::string_view html);

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

/// True for page furniture and non-text content, which is never read: head, nav, header,
/// footer, aside, script, style, form, noscript, template, iframe, svg, math, canvas,
/// media, form controls, and anything `hidden` or aria-hidden="true".
bool IsSkipped(const GumboNode* node);

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
