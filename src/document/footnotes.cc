#include "document/footnotes.h"

#include <functional>
#include <string_view>

#include "document/inline_text.h"
#include "document/metadata.h"

namespace spoken {
namespace {

bool IsNoteList(const GumboNode* node) {
  if (AttributeIs(node, "role", "doc-endnotes") || AttributeIs(node, "role", "doc-footnotes")) {
    return true;
  }
  const std::string hints = ClassAndId(node);
  return hints.find("footnote") != std::string::npos || hints.find("endnote") != std::string::npos;
}

bool IsBackLink(const GumboNode* node) {
  if (!IsElement(node, GUMBO_TAG_A)) return false;
  if (AttributeIs(node, "role", "doc-backlink")) return true;
  const std::string text = TextOf(node);
  return text == "\u21A9" || text == "\u21A9\uFE0E" || text == "\u2191" || text == "^";
}

void GatherNote(const GumboNode* node, InlineText& text) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
      text.Append(child->v.text.text);
    } else if (child->type == GUMBO_NODE_ELEMENT && !IsSkipped(child) && !IsBackLink(child)) {
      GatherNote(child, text);
      if (!IsPhrasing(child)) text.Append(" ");
    }
  });
}

void CollectNotes(const GumboNode* list, Footnotes& footnotes) {
  ForEachChild(list, [&](const GumboNode* child) {
    if (child->type != GUMBO_NODE_ELEMENT) return;
    const char* id = Attribute(child, "id");
    const bool is_list = IsElement(child, GUMBO_TAG_OL) || IsElement(child, GUMBO_TAG_UL) ||
                         FindFirst(child, GUMBO_TAG_LI, false) != nullptr;
    if (id == nullptr || *id == '\0' || (is_list && !IsElement(child, GUMBO_TAG_LI))) {
      CollectNotes(child, footnotes);
      return;
    }
    InlineText text;
    GatherNote(child, text);
    if (!text.empty()) footnotes.text_by_id.emplace(std::string(TrimAscii(id)), text.text());
  });
}

}  // namespace

Footnotes FindFootnotes(const GumboNode* body) {
  Footnotes footnotes;
  std::function<void(const GumboNode*)> visit = [&](const GumboNode* node) {
    ForEachChild(node, [&](const GumboNode* child) {
      if (child->type != GUMBO_NODE_ELEMENT || IsSkipped(child)) return;
      if (IsNoteList(child)) {
        const size_t before = footnotes.text_by_id.size();
        CollectNotes(child, footnotes);
        if (footnotes.text_by_id.size() > before) {
          footnotes.lists.insert(child);
          return;
        }
      }
      visit(child);
    });
  };
  visit(body);
  return footnotes;
}

std::string NoteReferenced(const GumboNode* node, const Footnotes& footnotes) {
  if (!IsElement(node, GUMBO_TAG_A) || footnotes.text_by_id.empty()) return {};
  const char* href = Attribute(node, "href");
  if (href == nullptr || href[0] != '#') return {};
  std::string id(href + 1);
  return footnotes.text_by_id.count(id) > 0 ? id : std::string();
}

}  // namespace spoken
