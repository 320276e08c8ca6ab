#include "document/content_finder.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "document/furniture_shape.h"
#include "document/node_stats.h"

namespace spoken {
namespace {

// Which rules an attempt applies; later attempts drop them one by one (ScoreWeights).
struct Flags {
  bool strip_furniture = true;
  bool weight_classes = true;
  bool clean = true;
};

// One piece of evidence: a paragraph, scored from `first_ancestor` up.
struct Paragraph {
  const GumboNode* first_ancestor;
  double chars;
  int commas;
};

class Attempt {
 public:
  Attempt(const GumboNode* body, const ScoreWeights& weights, Flags flags)
      : body_(body), weights_(weights), flags_(flags) {}

  ContentChoice Run();
  double chars() const { return chars_; }

 private:
  bool IsDropped(const GumboNode* node) const {
    return dropped_.count(node) > 0 || IsSkipped(node);
  }
  NodeStats Stats(const GumboNode* node) const {
    return CountStats(node, StatsRules{
                                .is_dropped = [this](const GumboNode* n) { return IsDropped(n); },
                                .extra_paragraphs =
                                    [this](const GumboNode* n) {
                                      auto it = loose_paragraphs_.find(n);
                                      return (it == loose_paragraphs_.end() ? 0 : it->second) +
                                             (paragraph_divs_.count(n) > 0 ? 1 : 0);
                                    },
                            });
  }
  bool IsByline(const GumboNode* node, std::string_view hints) const;
  void Prune(const GumboNode* node, bool in_table_or_code);
  void FindByline(const GumboNode* node);
  void CollectParagraphs(const GumboNode* node);
  bool HasBlockDescendant(const GumboNode* node) const;
  double ClassWeight(const GumboNode* node) const;
  double& ScoreOf(const GumboNode* node);
  const GumboNode* ChooseTop();
  const GumboNode* MarkedArticle() const;
  std::vector<const GumboNode*> WithSiblings(const GumboNode* top);
  void Clean(const std::vector<const GumboNode*>& roots);
  void CleanConditionally(const std::vector<const GumboNode*>& roots, GumboTag tag);
  bool LooksLikeFurniture(const GumboNode* node, GumboTag tag) const;

  const GumboNode* body_;
  const ScoreWeights& weights_;
  Flags flags_;
  DropMap dropped_;
  const GumboNode* byline_ = nullptr;
  std::vector<Paragraph> paragraphs_;
  std::unordered_set<const GumboNode*> paragraph_divs_;
  std::unordered_map<const GumboNode*, int> loose_paragraphs_;
  std::unordered_map<const GumboNode*, double> scores_;
  std::vector<const GumboNode*> candidates_;  // in the order first scored
  double chars_ = 0;
};

bool Attempt::IsByline(const GumboNode* node, std::string_view hints) const {
  const char* itemprop = Attribute(node, "itemprop");
  const bool marked = AttributeIs(node, "rel", "author") ||
                      (itemprop != nullptr &&
                       std::string_view(itemprop).find("author") != std::string_view::npos) ||
                      FindHint(hints, BylineWords()) != nullptr;
  if (!marked) return false;
  const size_t length = TextOf(node).size();
  return length > 0 && length < static_cast<size_t>(weights_.byline_max_chars);
}

void Attempt::FindByline(const GumboNode* node) {
  ForEachChild(node, [&](const GumboNode* child) {
    if (byline_ != nullptr || child->type != GUMBO_NODE_ELEMENT || IsSkipped(child)) return;
    if (IsByline(child, ClassAndId(child))) {
      byline_ = child;
      return;
    }
    FindByline(child);
  });
}

void Attempt::Prune(const GumboNode* node, bool in_table_or_code) {
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

bool Attempt::HasBlockDescendant(const GumboNode* node) const {
  bool found = false;
  ForEachChild(node, [&](const GumboNode* child) {
    if (found || child->type != GUMBO_NODE_ELEMENT || IsDropped(child)) return;
    found = IsBlockForParagraphs(child->v.element.tag) || HasBlockDescendant(child);
  });
  return found;
}

void Attempt::CollectParagraphs(const GumboNode* node) {
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

double Attempt::ClassWeight(const GumboNode* node) const {
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

double& Attempt::ScoreOf(const GumboNode* node) {
  auto [it, inserted] = scores_.try_emplace(node, 0.0);
  if (inserted) {
    it->second = TagScore(TagName(node)) + ClassWeight(node);
    candidates_.push_back(node);
  }
  return it->second;
}

const GumboNode* Attempt::ChooseTop() {
  for (const Paragraph& paragraph : paragraphs_) {
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

std::vector<const GumboNode*> Attempt::WithSiblings(const GumboNode* top) {
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

bool Attempt::LooksLikeFurniture(const GumboNode* node, GumboTag tag) const {
  if (tag == GUMBO_TAG_TABLE && IsDataTable(node)) return false;
  if (HasAncestor(node, GUMBO_TAG_TABLE, IsDataTable) || HasAncestor(node, GUMBO_TAG_CODE)) {
    return false;
  }
  return IsFurnitureByShape(node, tag, Stats(node), ClassWeight(node));
}

void Attempt::CleanConditionally(const std::vector<const GumboNode*>& roots, GumboTag tag) {
  std::vector<const GumboNode*> found;
  std::function<void(const GumboNode*)> gather = [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT || IsDropped(node)) return;
    if (node->v.element.tag == tag && paragraph_divs_.count(node) == 0 && node != body_) {
      found.push_back(node);
    }
    ForEachChild(node, gather);
  };
  for (const GumboNode* root : roots) gather(root);
  for (auto it = found.rbegin(); it != found.rend(); ++it) {  // innermost first
    if (LooksLikeFurniture(*it, tag)) dropped_[*it] = "link list, gallery or form";
  }
}

void Attempt::Clean(const std::vector<const GumboNode*>& roots) {
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

// With no paragraph to score (a short page), the element the page marks as its article.
const GumboNode* Attempt::MarkedArticle() const {
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

ContentChoice Attempt::Run() {
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

}  // namespace

ContentChoice FindContent(const GumboNode* body, const ScoreWeights& weights) {
  const double page_chars =
      CountStats(body, StatsRules{.is_dropped = [](const GumboNode* n) { return IsSkipped(n); }})
          .chars;
  ContentChoice best;
  double best_chars = -1;
  for (Flags flags : {Flags{}, Flags{.strip_furniture = false},
                      Flags{.strip_furniture = false, .weight_classes = false},
                      Flags{.strip_furniture = false, .weight_classes = false, .clean = false}}) {
    Attempt attempt(body, weights, flags);
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
