#include "document/html_dom.h"

#include <cstring>

#include "core/ascii.h"

namespace spoken {

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (output == nullptr) return EngineError("gumbo could not parse the HTML");
  return HtmlDocument(output);
}

void HtmlDocument::Closer::operator()(GumboOutput* output) const {
  gumbo_destroy_output(&kGumboDefaultOptions, output);
}

bool IsElement(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const char* Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? nullptr : attribute->value;
}

bool AttributeIs(const GumboNode* node, const char* name, std::string_view value) {
  const char* actual = Attribute(node, name);
  return actual != nullptr && EqualsIgnoringAsciiCase(actual, value);
}

bool IsSkipped(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
      return true;
    default:
      break;
  }
  return Attribute(node, "hidden") != nullptr || AttributeIs(node, "aria-hidden", "true");
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag, bool search_furniture) {
  if (IsElement(node, tag)) return node;
  if (!search_furniture && IsSkipped(node)) return nullptr;
  const GumboNode* found = nullptr;
  ForEachChild(node, [&](const GumboNode* child) {
    if (found == nullptr) found = FindFirst(child, tag, search_furniture);
  });
  return found;
}

namespace {

void GatherText(const GumboNode* node, InlineText& text) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    text.Append(node->v.text.text);
    return;
  }
  if (IsSkipped(node)) return;
  if (IsElement(node, GUMBO_TAG_BR)) text.Append(" ");
  ForEachChild(node, [&](const GumboNode* child) { GatherText(child, text); });
}

}  // namespace

std::string TextOf(const GumboNode* node) {
  InlineText text;
  GatherText(node, text);
  return text.text();
}

}  // namespace spoken
