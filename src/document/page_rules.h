// PageRules: the data behind the HTML reader's choice of what is article and what is page
// furniture. Every word list and weight lives here with the reason for it, so that a
// change of rule is a change of data, not of code paths. The rules follow the long
// practice of article extractors (Arc90 Readability, Mozilla Readability, trafilatura):
// publishers name their furniture in class and id attributes, and the article is where
// the text is dense, has commas and few links.
#pragma once

#include <span>
#include <string_view>

namespace spoken {

/// A word looked for (as a substring, ASCII case ignored) in an element's class and id, and
/// what it says about the element.
struct HintWord {
  std::string_view word;
  std::string_view reason;  // shown in `spoken inspect` when it drops something
};

/// Furniture: an element whose class or id holds one of these (and none of
/// ArticleWords()) is dropped before the content is scored.
std::span<const HintWord> FurnitureWords();

/// Words that keep an element that also has a furniture word ("main-header", "article-foot").
std::span<const HintWord> ArticleWords();

/// Class and id words that raise (+25) or lower (-25) an element's content score.
std::span<const HintWord> PositiveWords();
std::span<const HintWord> NegativeWords();

/// ARIA roles of furniture, dropped wherever they are.
std::span<const HintWord> FurnitureRoles();

/// Share and follow widgets, dropped inside the article when they hold little text (as whole
/// words: HasWholeWord).
std::span<const HintWord> ShareWords();

/// Byline holders (rel="author", itemprop="author", or these words in class or id): the
/// author's name as text, taken as the author when the page head names none and not read.
std::span<const HintWord> BylineWords();

/// The first entry of `words` found in `class_and_id` (lowercase ASCII), or null.
const HintWord* FindHint(std::string_view class_and_id, std::span<const HintWord> words);

/// True when `word` appears in `hints` between non-alphanumeric characters ("share" in
/// "post-share_tools", not in "shared").
bool HasWholeWord(std::string_view hints, std::string_view word);

/// The numbers of the content score, with why each is what it is.
struct ScoreWeights {
  // A paragraph shorter than this (characters) is not evidence of an article.
  int min_paragraph_chars = 25;
  // Each 100 characters of a paragraph add a point, up to this many.
  int max_length_points = 3;
  // How far up (levels) a paragraph's score reaches: parent full, grandparent half, the
  // others a third of their level: an article is the closest container of its paragraphs.
  int ancestor_levels = 5;
  // Class and id evidence, in points (a paragraph of average length is worth about 3).
  double class_weight = 25;
  // Candidates within this share of the best one, when three or more of them share an
  // ancestor, mean the article is that ancestor (an article split into several blocks).
  double close_candidate_share = 0.75;
  int close_candidates_needed = 3;
  // A sibling of the chosen element joins it when it scores this share of it (min 10).
  double sibling_share = 0.2;
  double sibling_min_score = 10;
  // An article shorter than this (characters) and than this share of the page's text means
  // the rules cut too much: retry with fewer of them (first no furniture words, then no
  // class weights, then no cleaning). A short page is not retried: its text is all there is.
  int min_article_chars = 500;
  double min_article_share = 0.5;
  // A share widget holding more text than this (characters) is kept: it is content.
  int share_max_chars = 500;
  // A byline longer than this (characters) is a paragraph, not a name.
  int byline_max_chars = 100;
};

/// The score of an element by its tag alone: containers of prose (div +5; pre, td,
/// blockquote +3) above lists and forms (-3), headings and table headers (-5).
int TagScore(std::string_view tag);

}  // namespace spoken
