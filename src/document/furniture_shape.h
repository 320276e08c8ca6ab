// IsFurnitureByShape: whether a container inside the article is page furniture by what it
// holds (links, images, form fields, little text), not by its name.
#pragma once

#include "document/html_dom.h"
#include "document/node_stats.h"

namespace spoken {

/// True when `node` (a form, fieldset, table, list or div with `tag`, its `stats`, and its
/// class/id weight, page_rules.h) looks like furniture rather than article: a negative
/// weight; or, with fewer than ten commas: more than twice as many images as paragraphs
/// (outside a figure), more form fields than a third of its paragraphs, under 25
/// characters of non-heading text without a picture, links over a fifth of its text (half
/// when its weight is positive; lists exempt from the first), or an embed with little text.
/// A list of pictures and nothing else (a gallery) is kept.
bool IsFurnitureByShape(const GumboNode* node, GumboTag tag, const NodeStats& stats, double weight);

}  // namespace spoken
