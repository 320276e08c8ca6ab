#include "document/html_dom.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>
#include <vector>

#include "core/ascii.h"
#include "document/metadata.h"

namespace spoken {

namespace {

// The deepest element below `root` (root is depth 1), counted without recursion.
int TreeDepth(const GumboNode* root) {
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> pending{{root, 1}};
  while (!pending.empty()) {
    const GumboNode* node = pending.back().first;
    const int depth = pending.back().second;
    pending.pop_back();
    deepest = std::max(deepest, depth);
    ForEachChild(node, [&](const GumboNode* child) {
      if (child->type == GUMBO_NODE_ELEMENT) pending.emplace_back(child, depth + 1);
    });
  }
  return deepest;
}

}  // namespace

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html, int max_depth) {
  // gumbo records each parse error with a copy of the open elements: unbounded memory on
  // hostile pages, and we read none of them.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return EngineError("gumbo could not parse the HTML");
  HtmlDocument document(output);
  if (int depth = TreeDepth(output->root); depth > max_depth) {
    return InvalidInput("elements nested " + std::to_string(depth) + " deep (the limit is " +
                        std::to_string(max_depth) + ")");
  }
  return document;
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

namespace {

// True when an inline style hides the element: display:none or visibility:hidden.
bool StyleHides(const char* style) {
  std::string compact;
  for (const char* c = style; *c != '\0'; ++c) {
    if (!std::isspace(static_cast<unsigned char>(*c))) {
      compact += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    }
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// A link to its own heading, shown as a symbol ("¶" in Sphinx, "#" or "§" elsewhere).
bool IsPermalink(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_A) return false;
  const char* href = Attribute(node, "href");
  if (href == nullptr || href[0] != '#') return false;
  std::string text;
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type == GUMBO_NODE_TEXT) text += child->v.text.text;
  });
  const std::string_view symbol = TrimAscii(text);
  return symbol == "\u00B6" || symbol == "#" || symbol == "\u00A7" || symbol == "\U0001F517";
}

}  // namespace

std::string_view SkipReason(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return "template";
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  switch (node->v.element.tag) {
    case GUMBO_TAG_HEAD:
      return "page head";
    case GUMBO_TAG_NAV:
      return "navigation";
    case GUMBO_TAG_HEADER:
      return "page header";
    case GUMBO_TAG_FOOTER:
      return "page footer";
    case GUMBO_TAG_ASIDE:
      return "aside";
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
      return "script or style";
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
      return "embedded media";
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
      return "form control";
    default:
      break;
  }
  if (IsPermalink(node)) return "permalink anchor";
  if (Attribute(node, "hidden") != nullptr || AttributeIs(node, "aria-hidden", "true")) {
    return "hidden";
  }
  if (const char* style = Attribute(node, "style"); style != nullptr && StyleHides(style)) {
    return "hidden";
  }
  return {};
}

std::string_view TagName(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(node->v.element.tag);
  }
  GumboStringPiece name = node->v.element.original_tag;
  gumbo_tag_from_original_text(&name);
  return std::string_view(name.data, name.length);
}

std::string ClassAndId(const GumboNode* node) {
  const char* class_name = Attribute(node, "class");
  const char* id = Attribute(node, "id");
  std::string joined = class_name == nullptr ? std::string() : AsciiLower(class_name);
  if (id != nullptr) joined.append(" ").append(AsciiLower(id));
  return joined;
}

std::string Describe(const GumboNode* node) {
  std::string name(TagName(node));
  if (const char* class_name = Attribute(node, "class"); class_name != nullptr) {
    std::string_view first = TrimAscii(class_name);
    first = first.substr(0, first.find_first_of(" \t\n\r\f"));
    if (!first.empty()) return name.append(".").append(first);
  }
  if (const char* id = Attribute(node, "id"); id != nullptr && *id != '\0') {
    return name.append("#").append(TrimAscii(id));
  }
  return name;
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

bool IsOneOf(GumboTag tag, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool IsBlockForParagraphs(GumboTag tag) {
  return IsOneOf(tag, {GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_IMG,
                       GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TABLE, GUMBO_TAG_UL});
}

bool IsPhrasing(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return node->type != GUMBO_NODE_COMMENT;
  return !IsOneOf(node->v.element.tag,
                  {GUMBO_TAG_P,        GUMBO_TAG_DIV,        GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
                   GUMBO_TAG_MAIN,     GUMBO_TAG_TABLE,      GUMBO_TAG_UL,      GUMBO_TAG_OL,
                   GUMBO_TAG_DL,       GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,     GUMBO_TAG_H1,
                   GUMBO_TAG_H2,       GUMBO_TAG_H3,         GUMBO_TAG_H4,      GUMBO_TAG_H5,
                   GUMBO_TAG_H6,       GUMBO_TAG_FIGURE,     GUMBO_TAG_HR,      GUMBO_TAG_FORM,
                   GUMBO_TAG_FIELDSET, GUMBO_TAG_ADDRESS,    GUMBO_TAG_DETAILS, GUMBO_TAG_HEADER,
                   GUMBO_TAG_FOOTER,   GUMBO_TAG_NAV,        GUMBO_TAG_ASIDE,   GUMBO_TAG_CENTER});
}

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
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

}  // namespace spoken
