// FindContent: which elements of a web page are the article, by a content score over the
// DOM (the rules and numbers are data: document/page_rules.h).
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/html_dom.h"
#include "document/page_rules.h"

namespace spoken {

/// The elements dropped from a page, each with the reason.
using DropMap = std::unordered_map<const GumboNode*, std::string_view>;

struct ContentChoice {
  /// The article: one element, or an element and the siblings that continue it, in
  /// document order. Never empty (the body when nothing scores).
  std::vector<const GumboNode*> roots;
  /// Elements inside (or around) the roots that are not read, with the reason.
  DropMap dropped;
  /// The first byline element (its text names the author), or null. It is in `dropped`.
  const GumboNode* byline = nullptr;
};

/// Chooses the article inside `body`:
///  1. drops hidden content, furniture by tag, ARIA role or class/id word, and the byline;
///  2. scores each paragraph (p, pre, td, section, h2-h6, and divs holding only text) by its
///     commas and length, and adds the score to its ancestors (closer ones get more); each
///     container also gets its tag score and its class/id weight, scaled by 1 - link density;
///  3. takes the best container, or a common ancestor when several come close, climbs to a
///     parent that scores better, and adds the siblings that score well or read as prose;
///  4. cleans inside: drops share widgets, headings with negative class weight, and
///     forms, tables (not data tables), lists and divs that look like link lists,
///     image galleries without text, or forms;
///  5. when that leaves less than ScoreWeights::min_article_chars and less than half the
///     page's text (of a page longer than that), tries again with fewer rules, and keeps the
///     longest result.
/// When no paragraph scores (a short page), the article is the element the page marks:
/// itemprop="articleBody", else the <article> with most text, else <main> or role="main",
/// else the body, and is not cleaned (step 4).
/// `body` must outlive the result.
ContentChoice FindContent(const GumboNode* body, const ScoreWeights& weights = {});

}  // namespace spoken
