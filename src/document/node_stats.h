// NodeStats: what the content score measures of an element: its text, links, commas and the
// kinds of element inside it. Counted by code point, each run of whitespace as one.
#pragma once

#include <functional>

#include "document/html_dom.h"

namespace spoken {

struct NodeStats {
  double chars = 0;          // text length
  double link_chars = 0;     // text inside <a href>, in-page ("#") links at 0.3
  double heading_chars = 0;  // text inside h1-h6
  double list_chars = 0;     // text inside ul and ol
  int commas = 0;            // commas, ASCII and CJK
  int paragraphs = 0;        // <p> elements (and what the caller counts as paragraphs)
  int images = 0;
  int list_items = 0;
  int inputs = 0;  // form fields, even hidden ones
  int embeds = 0;  // iframe, object, embed that are not a video player

  double LinkDensity() const { return chars > 0 ? link_chars / chars : 0; }
};

/// Callbacks of CountStats: which elements are left out, and how many paragraphs an element
/// holds besides its <p> descendants (divs read as paragraphs, runs of loose text).
struct StatsRules {
  std::function<bool(const GumboNode*)> is_dropped;
  std::function<int(const GumboNode*)> extra_paragraphs;
};

/// The statistics of `node` and everything below it that is not dropped.
NodeStats CountStats(const GumboNode* node, const StatsRules& rules);

/// Commas and text length of one text node (as CountStats counts them).
NodeStats TextStats(std::string_view text);

/// True when `node` is inside an element with `tag` for which `accept` (if given) is true.
bool HasAncestor(const GumboNode* node, GumboTag tag,
                 const std::function<bool(const GumboNode*)>& accept = nullptr);

/// A table of data (headers, a caption, a summary, or big enough), not one used for layout.
bool IsDataTable(const GumboNode* table);

}  // namespace spoken
