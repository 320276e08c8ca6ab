#include "publish/article_json_writer.h"

#include <nlohmann/json.hpp>

namespace spoken {

void WriteArticleJson(const Article& article, std::ostream& out) {
  nlohmann::ordered_json sections = nlohmann::ordered_json::array();
  for (const Section& section : article.sections) {
    nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
    for (const Block& block : section.blocks) {
      blocks.push_back({{"kind", BlockKindName(block.kind)},
                        {"language", block.language},
                        {"line", block.source_line},
                        {"text", block.text}});
    }
    sections.push_back(
        {{"title", section.title}, {"line", section.source_line}, {"blocks", std::move(blocks)}});
  }
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  for (const SkippedContent& item : article.skipped) {
    skipped.push_back({{"what", item.what},
                       {"reason", item.reason},
                       {"excerpt", item.excerpt},
                       {"line", item.source_line}});
  }
  const ArticleInfo& info = article.info;
  nlohmann::ordered_json root = {{"title", info.title},
                                 {"author", info.author},
                                 {"date", info.date},
                                 {"language", info.language},
                                 {"description", info.description},
                                 {"url", info.url},
                                 {"image", info.image},
                                 {"sections", std::move(sections)},
                                 {"skipped", std::move(skipped)}};
  // Invalid UTF-8 from a page with a wrong charset is replaced rather than thrown on.
  out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace spoken
