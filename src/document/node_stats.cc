#include "document/node_stats.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace spoken {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// An embed that plays a video counts as content, like a figure: players are part of articles.
bool IsVideoEmbed(const GumboNode* node) {
  for (const char* name : {"src", "data"}) {
    const char* value = Attribute(node, name);
    if (value == nullptr) continue;
    const std::string_view url(value);
    for (std::string_view host : {"youtube.com", "youtube-nocookie.com", "player.vimeo.com",
                                  "dailymotion.com", "youtu.be"}) {
      if (url.find(host) != std::string_view::npos) return true;
    }
  }
  return false;
}

void Add(NodeStats& to, const NodeStats& from) {
  to.chars += from.chars;
  to.link_chars += from.link_chars;
  to.heading_chars += from.heading_chars;
  to.list_chars += from.list_chars;
  to.commas += from.commas;
  to.paragraphs += from.paragraphs;
  to.images += from.images;
  to.list_items += from.list_items;
  to.inputs += from.inputs;
  to.embeds += from.embeds;
}

}  // namespace

NodeStats TextStats(std::string_view text) {
  NodeStats stats;
  bool in_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // inside a code point
    if (IsAsciiSpace(c)) {
      if (!in_space) stats.chars += 1;
      in_space = true;
      continue;
    }
    in_space = false;
    stats.chars += 1;
    if (c == ',') ++stats.commas;
    // U+FF0C fullwidth comma and U+3001 ideographic comma: the commas of CJK prose.
    if (text.substr(i, 3) == "\xEF\xBC\x8C" || text.substr(i, 3) == "\xE3\x80\x81") {
      ++stats.commas;
    }
  }
  return stats;
}

NodeStats CountStats(const GumboNode* node, const StatsRules& rules) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    return TextStats(node->v.text.text);
  }
  NodeStats stats;
  if (node->type != GUMBO_NODE_ELEMENT) return stats;
  if (rules.extra_paragraphs) stats.paragraphs += rules.extra_paragraphs(node);
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_INPUT) ++stats.inputs;
      if ((tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED) &&
          !IsVideoEmbed(child)) {
        ++stats.embeds;
      }
      if (rules.is_dropped(child)) return;
    }
    NodeStats inner = CountStats(child, rules);
    if (child->type == GUMBO_NODE_ELEMENT) {
      const GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_A && Attribute(child, "href") != nullptr) {
        const bool in_page = Attribute(child, "href")[0] == '#';
        inner.link_chars = inner.chars * (in_page ? 0.3 : 1.0);
      }
      if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) inner.heading_chars = inner.chars;
      if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) inner.list_chars = inner.chars;
      if (tag == GUMBO_TAG_P) ++inner.paragraphs;
      if (tag == GUMBO_TAG_IMG) ++inner.images;
      if (tag == GUMBO_TAG_LI) ++inner.list_items;
    }
    Add(stats, inner);
  });
  return stats;
}

bool HasAncestor(const GumboNode* node, GumboTag tag,
                 const std::function<bool(const GumboNode*)>& accept) {
  for (const GumboNode* up = Parent(node); up != nullptr; up = Parent(up)) {
    if (IsElement(up, tag) && (!accept || accept(up))) return true;
  }
  return false;
}

namespace {

void CountRows(const GumboNode* node, int& rows, int& columns, bool& nested_table,
               bool& has_header) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type != GUMBO_NODE_ELEMENT) return;
    switch (child->v.element.tag) {
      case GUMBO_TAG_TABLE:
        nested_table = true;
        return;
      case GUMBO_TAG_COL:
      case GUMBO_TAG_COLGROUP:
      case GUMBO_TAG_TFOOT:
      case GUMBO_TAG_THEAD:
      case GUMBO_TAG_TH:
        has_header = true;
        break;
      case GUMBO_TAG_TR: {
        ++rows;
        int cells = 0;
        ForEachChild(child, [&](const GumboNode* cell) {
          if (IsElement(cell, GUMBO_TAG_TD) || IsElement(cell, GUMBO_TAG_TH)) {
            const char* span = Attribute(cell, "colspan");
            cells += span == nullptr ? 1 : std::max(1, std::atoi(span));
          }
        });
        columns = std::max(columns, cells);
        break;
      }
      default:
        break;
    }
    CountRows(child, rows, columns, nested_table, has_header);
  });
}

}  // namespace

bool IsDataTable(const GumboNode* table) {
  if (AttributeIs(table, "role", "presentation") || AttributeIs(table, "datatable", "0")) {
    return false;
  }
  if (Attribute(table, "summary") != nullptr) return true;
  if (const GumboNode* caption = FindFirst(table, GUMBO_TAG_CAPTION, true);
      caption != nullptr && caption->v.element.children.length > 0) {
    return true;
  }
  int rows = 0, columns = 0;
  bool nested_table = false, has_header = false;
  CountRows(table, rows, columns, nested_table, has_header);
  if (has_header) return true;
  if (nested_table) return false;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

}  // namespace spoken
