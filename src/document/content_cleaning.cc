#include <algorithm>
#include <functional>
#include <string>

#include "document/content_attempt.h"
#include "document/furniture_shape.h"

namespace spoken {

bool ContentAttempt::LooksLikeFurniture(const GumboNode* node, GumboTag tag) const {
  if (tag == GUMBO_TAG_TABLE && IsDataTable(node)) return false;
  if (HasAncestor(node, GUMBO_TAG_TABLE, IsDataTable) || HasAncestor(node, GUMBO_TAG_CODE)) {
    return false;
  }
  return IsFurnitureByShape(node, tag, Stats(node), ClassWeight(node));
}

void ContentAttempt::CleanConditionally(const std::vector<const GumboNode*>& roots, GumboTag tag) {
  std::vector<const GumboNode*> found;
  std::function<void(const GumboNode*)> gather = [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT || IsDropped(node)) return;
    if (node->v.element.tag == tag && paragraph_divs_.count(node) == 0 && node != body_) {
      found.push_back(node);
    }
    ForEachChild(node, gather);
  };
  for (const GumboNode* root : roots) gather(root);
  std::reverse(found.begin(), found.end());  // innermost first
  for (const GumboNode* node : found) {
    if (LooksLikeFurniture(node, tag)) dropped_[node] = "link list, gallery or form";
  }
}

void ContentAttempt::Clean(const std::vector<const GumboNode*>& roots) {
  std::function<void(const GumboNode*, bool)> widgets = [&](const GumboNode* node, bool root) {
    if (node->type != GUMBO_NODE_ELEMENT || IsDropped(node)) return;
    if (!root) {
      const std::string hints = ClassAndId(node);
      for (const HintWord& share : ShareWords()) {
        if (HasWholeWord(hints, share.word) && Stats(node).chars < weights_.share_max_chars) {
          dropped_[node] = share.reason;
          return;
        }
      }
      if ((IsElement(node, GUMBO_TAG_H1) || IsElement(node, GUMBO_TAG_H2)) &&
          ClassWeight(node) < 0) {
        dropped_[node] = "heading of page furniture";
        return;
      }
    }
    ForEachChild(node, [&](const GumboNode* child) { widgets(child, false); });
  };
  for (const GumboNode* root : roots) widgets(root, true);
  if (!flags_.clean) return;
  for (GumboTag tag :
       {GUMBO_TAG_FORM, GUMBO_TAG_FIELDSET, GUMBO_TAG_TABLE, GUMBO_TAG_UL, GUMBO_TAG_DIV}) {
    CleanConditionally(roots, tag);
  }
}

}  // namespace spoken
