#include "document/content_finder.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "document/content_attempt.h"
#include "document/node_stats.h"

namespace spoken {

bool ContentAttempt::IsByline(const GumboNode* node, std::string_view hints) const {
  const char* itemprop = Attribute(node, "itemprop");
  const bool marked = AttributeIs(node, "rel", "author") ||
                      (itemprop != nullptr &&
                       std::string_view(itemprop).find("author") != std::string_view::npos) ||
                      FindHint(hints, BylineWords()) != nullptr;
  if (!marked) return false;
  const size_t length = TextOf(node).size();
  return length > 0 && length < static_cast<size_t>(weights_.byline_max_chars);
}

void ContentAttempt::FindByline(const GumboNode* node) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (byline_ != nullptr || child->type != GUMBO_NODE_ELEMENT || IsSkipped(child)) return;
    if (IsByline(child, ClassAndId(child))) {
      byline_ = child;
      return;
    }
    FindByline(child);
  });
}

void ContentAttempt::Prune(const GumboNode* node, bool in_table_or_code) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type != GUMBO_NODE_ELEMENT) return;
    const std::string hints = ClassAndId(child);
    if (byline_ == nullptr && IsByline(child, hints) && SkipReason(child) != "hidden") {
      byline_ = child;
      dropped_[child] = "byline (the author is in the metadata)";
      return;
    }
    if (std::string_view reason = SkipReason(child); !reason.empty()) {
      dropped_[child] = reason;
      // A page header holds the byline more often than not.
      if (byline_ == nullptr && reason != "hidden" && reason != "script or style") {
        FindByline(child);
      }
      return;
    }
    const GumboTag tag = child->v.element.tag;
    if (flags_.strip_furniture && !in_table_or_code && tag != GUMBO_TAG_A) {
      if (Attribute(child, "role") != nullptr) {
        for (const HintWord& furniture : FurnitureRoles()) {
          if (AttributeIs(child, "role", furniture.word)) {
            dropped_[child] = furniture.reason;
            return;
          }
        }
      }
      const HintWord* furniture = FindHint(hints, FurnitureWords());
      if (furniture != nullptr && FindHint(hints, ArticleWords()) == nullptr) {
        dropped_[child] = furniture->reason;
        return;
      }
    }
    Prune(child, in_table_or_code || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_CODE);
  });
}

bool ContentAttempt::HasBlockDescendant(const GumboNode* node) const {
  bool found = false;
  ForEachChild(node, [&](const GumboNode* child) {
    if (found || child->type != GUMBO_NODE_ELEMENT || IsDropped(child)) return;
    found = IsBlockForParagraphs(child->v.element.tag) || HasBlockDescendant(child);
  });
  return found;
}

void ContentAttempt::CollectParagraphs(const GumboNode* node) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (child->type != GUMBO_NODE_ELEMENT || IsDropped(child)) return;
    const GumboTag tag = child->v.element.tag;
    if (IsOneOf(tag, {GUMBO_TAG_SECTION, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                      GUMBO_TAG_H6, GUMBO_TAG_P, GUMBO_TAG_TD, GUMBO_TAG_PRE})) {
      const NodeStats stats = Stats(child);
      paragraphs_.push_back({Parent(child), stats.chars, stats.commas});
    } else if (tag == GUMBO_TAG_DIV && !HasBlockDescendant(child)) {
      paragraph_divs_.insert(child);
      const NodeStats stats = Stats(child);
      paragraphs_.push_back({Parent(child), stats.chars, stats.commas});
    } else if (tag == GUMBO_TAG_DIV) {
      // Loose text between the blocks of a div reads as paragraphs of that div.
      NodeStats run;
      const auto flush = [&] {
        if (run.chars > 0) {
          paragraphs_.push_back({child, run.chars, run.commas});
          ++loose_paragraphs_[child];
        }
        run = NodeStats();
      };
      ForEachChild(child, [&](const GumboNode* inner) {
        if (inner->type == GUMBO_NODE_ELEMENT && IsDropped(inner)) return;
        if (!IsPhrasing(inner) ||
            (inner->type == GUMBO_NODE_ELEMENT && HasBlockDescendant(inner))) {
          flush();
          return;
        }
        const NodeStats stats = Stats(inner);
        run.chars += stats.chars;
        run.commas += stats.commas;
      });
      flush();
    }
    CollectParagraphs(child);
  });
}

double ContentAttempt::ClassWeight(const GumboNode* node) const {
  if (!flags_.weight_classes) return 0;
  double weight = 0;
  for (const char* name : {"class", "id"}) {
    const char* value = Attribute(node, name);
    if (value == nullptr || *value == '\0') continue;
    std::string lower(value);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (FindHint(lower, NegativeWords()) != nullptr) weight -= weights_.class_weight;
    if (FindHint(lower, PositiveWords()) != nullptr) weight += weights_.class_weight;
  }
  return weight;
}

double& ContentAttempt::ScoreOf(const GumboNode* node) {
  auto [it, inserted] = scores_.try_emplace(node, 0.0);
  if (inserted) {
    it->second = TagScore(TagName(node)) + ClassWeight(node);
    candidates_.push_back(node);
  }
  return it->second;
}

const GumboNode* ContentAttempt::ChooseTop() {
  for (const ScoredParagraph& paragraph : paragraphs_) {
    if (paragraph.chars < weights_.min_paragraph_chars) continue;
    const double score =
        2 + paragraph.commas +
        std::min<double>(std::floor(paragraph.chars / 100), weights_.max_length_points);
    const GumboNode* ancestor = paragraph.first_ancestor;
    for (int level = 0;
         ancestor != nullptr && Parent(ancestor) != nullptr && level < weights_.ancestor_levels;
         ++level, ancestor = Parent(ancestor)) {
      const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      ScoreOf(ancestor) += score / divider;
    }
  }
  std::vector<std::pair<double, const GumboNode*>> top;
  for (const GumboNode* candidate : candidates_) {
    double& score = scores_[candidate];
    score *= 1 - Stats(candidate).LinkDensity();
    top.emplace_back(score, candidate);
  }
  std::stable_sort(top.begin(), top.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (top.empty() || top[0].second == body_) return nullptr;
  const GumboNode* best = top[0].second;
  // Close runners-up sharing an ancestor: the article is that ancestor.
  std::vector<const GumboNode*> close;
  for (size_t i = 1; i < std::min<size_t>(top.size(), 5); ++i) {
    if (top[i].first / top[0].first >= weights_.close_candidate_share)
      close.push_back(top[i].second);
  }
  if (static_cast<int>(close.size()) >= weights_.close_candidates_needed) {
    for (const GumboNode* up = Parent(best); up != nullptr && up != body_; up = Parent(up)) {
      int containing = 0;
      for (const GumboNode* other : close) {
        for (const GumboNode* a = Parent(other); a != nullptr; a = Parent(a)) {
          if (a == up) {
            ++containing;
            break;
          }
        }
      }
      if (containing >= weights_.close_candidates_needed) {
        best = up;
        break;
      }
    }
  }
  // A parent that scores better holds more of the article.
  double last = ScoreOf(best);
  const double threshold = last / 3;
  for (const GumboNode* up = Parent(best); up != nullptr && up != body_; up = Parent(up)) {
    auto it = scores_.find(up);
    if (it == scores_.end()) continue;
    if (it->second < threshold) break;
    if (it->second > last) {
      best = up;
      break;
    }
    last = it->second;
  }
  // An only child stands for its parent.
  for (const GumboNode* up = Parent(best); up != nullptr && up != body_; up = Parent(up)) {
    int children = 0;
    ForEachChild(up, [&](const GumboNode* c) { children += c->type == GUMBO_NODE_ELEMENT; });
    if (children != 1) break;
    best = up;
  }
  return best;
}

std::vector<const GumboNode*> ContentAttempt::WithSiblings(const GumboNode* top) {
  const GumboNode* parent = Parent(top);
  if (parent == nullptr) return {top};
  const double top_score = ScoreOf(top);
  const double threshold = std::max(weights_.sibling_min_score, top_score * weights_.sibling_share);
  const char* top_class = Attribute(top, "class");
  std::vector<const GumboNode*> roots;
  ForEachChild(parent, [&](const GumboNode* sibling) {
    if (sibling->type != GUMBO_NODE_ELEMENT) return;
    if (sibling == top) {
      roots.push_back(sibling);
      return;
    }
    if (IsDropped(sibling)) return;
    double bonus = 0;
    const char* sibling_class = Attribute(sibling, "class");
    if (top_class != nullptr && *top_class != '\0' && sibling_class != nullptr &&
        std::string_view(top_class) == sibling_class) {
      bonus = top_score * weights_.sibling_share;
    }
    if (auto it = scores_.find(sibling); it != scores_.end() && it->second + bonus >= threshold) {
      roots.push_back(sibling);
      return;
    }
    if (!IsElement(sibling, GUMBO_TAG_P) && paragraph_divs_.count(sibling) == 0) return;
    const NodeStats stats = Stats(sibling);
    const std::string text = TextOf(sibling);
    const bool sentence =
        text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
    if ((stats.chars > 80 && stats.LinkDensity() < 0.25) ||
        (stats.chars > 0 && stats.chars <= 80 && stats.link_chars == 0 && sentence)) {
      roots.push_back(sibling);
    }
  });
  return roots;
}

// With no paragraph to score (a short page), the element the page marks as its article.
const GumboNode* ContentAttempt::MarkedArticle() const {
  const GumboNode* best = nullptr;
  int best_rank = 0;
  double best_chars = 0;
  std::function<void(const GumboNode*)> visit = [&](const GumboNode* node) {
    ForEachChild(node, [&](const GumboNode* child) {
      if (child->type != GUMBO_NODE_ELEMENT || IsDropped(child)) return;
      const char* itemprop = Attribute(child, "itemprop");
      const int rank = itemprop != nullptr && std::string_view(itemprop) == "articleBody"       ? 3
                       : IsElement(child, GUMBO_TAG_ARTICLE)                                    ? 2
                       : IsElement(child, GUMBO_TAG_MAIN) || AttributeIs(child, "role", "main") ? 1
                                                                                                : 0;
      if (rank > 0) {
        const double chars = Stats(child).chars;
        if (chars > 0 && (rank > best_rank || (rank == best_rank && chars > best_chars))) {
          best = child;
          best_rank = rank;
          best_chars = chars;
        }
      }
      visit(child);
    });
  };
  visit(body_);
  return best == nullptr ? body_ : best;
}

ContentChoice ContentAttempt::Run() {
  Prune(body_, false);
  CollectParagraphs(body_);
  const GumboNode* top = ChooseTop();
  ContentChoice choice;
  choice.roots =
      top == nullptr ? std::vector<const GumboNode*>{MarkedArticle()} : WithSiblings(top);
  // A page too short to score is read whole: the cleaning rules are tuned on long pages.
  if (top == nullptr) flags_.clean = false;
  Clean(choice.roots);
  for (const GumboNode* root : choice.roots) {
    if (!IsDropped(root)) chars_ += Stats(root).chars;
  }
  choice.dropped = std::move(dropped_);
  choice.byline = byline_;
  return choice;
}

ContentChoice FindContent(const GumboNode* body, const ScoreWeights& weights) {
  const double page_chars =
      CountStats(body, StatsRules{.is_dropped = [](const GumboNode* n) { return IsSkipped(n); }})
          .chars;
  ContentChoice best;
  double best_chars = -1;
  for (ContentRules flags :
       {ContentRules{}, ContentRules{.strip_furniture = false},
        ContentRules{.strip_furniture = false, .weight_classes = false},
        ContentRules{.strip_furniture = false, .weight_classes = false, .clean = false}}) {
    ContentAttempt attempt(body, weights, flags);
    ContentChoice choice = attempt.Run();
    const bool enough = attempt.chars() >= weights.min_article_chars ||
                        attempt.chars() >= weights.min_article_share * page_chars ||
                        page_chars < weights.min_article_chars;
    if (attempt.chars() > 0 && enough) {
      return choice;
    }
    if (attempt.chars() > best_chars) {
      best_chars = attempt.chars();
      best = std::move(choice);
    }
  }
  return best;
}

}  // namespace spoken
