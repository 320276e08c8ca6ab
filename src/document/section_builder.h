// SectionBuilder: collects blocks into sections the same way for every reader. Blocks that
// come before the first heading go into an opening section titled after the article.
#pragma once

#include <string>
#include <vector>

#include "document/article.h"

namespace spoken {

class SectionBuilder {
 public:
  /// Starts a section under a heading the author wrote (`title` is display text, with its
  /// passages in other languages, Section::title_passages).
  void StartSection(std::string title, int source_line,
                    std::vector<LanguageSpan> title_passages = {});

  /// Adds a block to the current section, opening the untitled opening section first when
  /// no heading has been seen. Blocks with empty text are dropped.
  void AddBlock(Block block);

  /// The sections, the opening one (if any) titled `article_title`. Leaves this empty.
  std::vector<Section> Finish(const std::string& article_title);

 private:
  std::vector<Section> sections_;
};

}  // namespace spoken
