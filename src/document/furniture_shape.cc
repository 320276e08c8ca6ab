#include "document/furniture_shape.h"

namespace spoken {

bool IsFurnitureByShape(const GumboNode* node, GumboTag tag, const NodeStats& stats,
                        double weight) {
  if (weight < 0) return true;
  if (stats.commas >= 10) return false;
  const bool is_list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL ||
                       (stats.chars > 0 && stats.list_chars / stats.chars > 0.9);
  const bool in_figure = HasAncestor(node, GUMBO_TAG_FIGURE);
  const int paragraphs = stats.paragraphs;
  const int images = stats.images;
  const double heading_density = stats.chars > 0 ? stats.heading_chars / stats.chars : 0;
  const double link_density = stats.LinkDensity();
  const bool remove =
      (images > 1 && paragraphs < 0.5 * images && !in_figure) ||
      (!is_list && stats.list_items - 100 > paragraphs) || (stats.inputs > paragraphs / 3) ||
      (!is_list && heading_density < 0.9 && stats.chars < 25 && (images == 0 || images > 2) &&
       !in_figure) ||
      (!is_list && weight < 25 && link_density > 0.2) || (weight >= 25 && link_density > 0.5) ||
      (stats.embeds == 1 && stats.chars < 75) || stats.embeds > 1;
  // A list of pictures and nothing else is a gallery: kept.
  if (remove && is_list && images > 0 && images == stats.list_items) return false;
  return remove;
}

}  // namespace spoken
