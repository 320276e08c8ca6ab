// The content finder's attempt (content_finder.h): one pass of its rules over a page,
// shared by content_finder.cc (furniture, scores, choice) and content_cleaning.cc (the
// cleaning inside the chosen article). Internal to document/.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/content_finder.h"
#include "document/node_stats.h"

namespace spoken {

// Which rules an attempt applies; later attempts drop them one by one (ScoreWeights).
struct ContentRules {
  bool strip_furniture = true;
  bool weight_classes = true;
  bool clean = true;
};

// One piece of evidence: a paragraph, scored from `first_ancestor` up.
struct ScoredParagraph {
  const GumboNode* first_ancestor;
  double chars;
  int commas;
};

/// One pass of the content finder's rules over a page (see FindContent): Run() chooses the
/// article and says what it dropped; chars() is the length of the text it kept.
class ContentAttempt {
 public:
  ContentAttempt(const GumboNode* body, const ScoreWeights& weights, ContentRules flags)
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
  ContentRules flags_;
  DropMap dropped_;
  const GumboNode* byline_ = nullptr;
  std::vector<ScoredParagraph> paragraphs_;
  std::unordered_set<const GumboNode*> paragraph_divs_;
  std::unordered_map<const GumboNode*, int> loose_paragraphs_;
  std::unordered_map<const GumboNode*, double> scores_;
  std::vector<const GumboNode*> candidates_;  // in the order first scored
  double chars_ = 0;
};

}  // namespace spoken
