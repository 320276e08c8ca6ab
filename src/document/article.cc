#include "document/article.h"

#include "core/ascii.h"

namespace spoken {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list-item";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kTableRow:
      return "table-row";
    case BlockKind::kTable:
      return "table";
    case BlockKind::kFigure:
      return "figure";
    case BlockKind::kCode:
      return "code";
    case BlockKind::kNote:
      return "note";
  }
  return "paragraph";
}

std::vector<std::string> PassageLanguages(const Article& article) {
  std::vector<std::string> languages;
  const auto add = [&](const std::string& language) {
    if (language.empty() || EqualsIgnoringAsciiCase(language, article.info.language)) return;
    for (const std::string& known : languages) {
      if (EqualsIgnoringAsciiCase(known, language)) return;
    }
    languages.push_back(language);
  };
  for (const Section& section : article.sections) {
    for (const LanguageSpan& passage : section.title_passages) add(passage.language);
    for (const Block& block : section.blocks) {
      add(block.language);
      for (const LanguageSpan& passage : block.passages) add(passage.language);
    }
  }
  return languages;
}

}  // namespace spoken
