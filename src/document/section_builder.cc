#include "document/section_builder.h"

#include <utility>

namespace spoken {

void SectionBuilder::StartSection(std::string title, int source_line,
                                  std::vector<LanguageSpan> title_passages) {
  sections_.push_back(Section{.title = std::move(title),
                              .source_line = source_line,
                              .title_passages = std::move(title_passages)});
}

void SectionBuilder::AddBlock(Block block) {
  if (block.text.empty()) return;
  if (sections_.empty()) {
    sections_.push_back(Section{.title_from_article = true, .source_line = block.source_line});
  }
  sections_.back().blocks.push_back(std::move(block));
}

std::vector<Section> SectionBuilder::Finish(const std::string& article_title) {
  for (Section& section : sections_) {
    if (section.title_from_article) section.title = article_title;
  }
  return std::exchange(sections_, {});
}

}  // namespace spoken
