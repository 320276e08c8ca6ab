#include "publish/article_html.h"

#include <algorithm>

#include "publish/glossary_html.h"
#include "publish/markup.h"

namespace spoken {

std::map<std::string, std::vector<TextAnchor>> GlossaryAnchors(
    const std::vector<PronunciationUse>& uses, const std::string& glossary_href) {
  std::map<std::string, std::vector<TextAnchor>> anchors;
  for (const PronunciationUse& use : uses) {
    if (use.occurrences.empty()) continue;
    const TermOccurrence& first = use.occurrences.front();
    anchors[first.sentence_id].push_back(
        {first.display_begin, first.display_end, glossary_href + "#" + GlossaryId(use.term)});
  }
  return anchors;
}

std::string SentenceInnerHtml(const ScriptBlock& block, const Sentence& sentence,
                              const std::vector<TextAnchor>& extra) {
  const size_t begin = sentence.display_begin, end = begin + sentence.display.size();
  std::vector<TextAnchor> anchors;
  for (const Link& link : block.links) {
    const size_t link_begin = std::max(link.begin, begin), link_end = std::min(link.end, end);
    if (link_begin < link_end) anchors.push_back({link_begin - begin, link_end - begin, link.href});
  }
  for (const TextAnchor& candidate : extra) {
    const bool overlaps = std::any_of(anchors.begin(), anchors.end(), [&](const TextAnchor& a) {
      return candidate.begin < a.end && a.begin < candidate.end;
    });
    if (!overlaps && candidate.end <= sentence.display.size()) anchors.push_back(candidate);
  }
  std::sort(anchors.begin(), anchors.end(),
            [](const TextAnchor& a, const TextAnchor& b) { return a.begin < b.begin; });

  const std::string_view text = sentence.display;
  std::string html;
  size_t cursor = 0;
  for (const TextAnchor& anchor : anchors) {
    html += EscapeXml(text.substr(cursor, anchor.begin - cursor));
    html += "<a href=\"" + EscapeXml(anchor.href) + "\">" +
            EscapeXml(text.substr(anchor.begin, anchor.end - anchor.begin)) + "</a>";
    cursor = anchor.end;
  }
  return html + EscapeXml(text.substr(cursor));
}

std::string LangAttributes(const ScriptBlock& block, LangMarkup markup) {
  if (block.language.empty()) return "";
  const std::string lang = EscapeXml(block.language);
  return " lang=\"" + lang + "\"" +
         (markup == LangMarkup::kXhtml ? " xml:lang=\"" + lang + "\"" : "");
}

void WriteBodyBlocks(
    const ScriptSection& section, LangMarkup markup,
    const std::function<std::string(const ScriptBlock&, const Sentence&)>& sentence_html,
    std::ostream& out) {
  const ScriptBlock* open_list = nullptr;  // first item of the list being written
  const auto close_list = [&] {
    if (open_list != nullptr) out << (open_list->ordered_list ? "</ol>\n" : "</ul>\n");
    open_list = nullptr;
  };
  for (const ScriptBlock& block : section.blocks) {
    if (block.kind == ScriptBlockKind::kAnnouncement || block.kind == ScriptBlockKind::kHeading)
      continue;
    if (open_list != nullptr && block.list_id != open_list->list_id) close_list();
    if (open_list == nullptr && block.list_id != 0) {
      out << (block.ordered_list ? "<ol>\n" : "<ul>\n");
      open_list = &block;
    }
    std::string sentences;
    for (const Sentence& sentence : block.sentences) {
      if (!sentences.empty()) sentences += ' ';
      sentences += sentence_html(block, sentence);
    }
    const std::string lang = LangAttributes(block, markup);
    switch (block.kind) {
      case ScriptBlockKind::kListItem:
        out << "<li" << lang << ">" << sentences << "</li>\n";
        break;
      case ScriptBlockKind::kQuote:
        out << "<blockquote" << lang << "><p>" << sentences << "</p></blockquote>\n";
        break;
      default:
        out << "<p" << lang << ">" << sentences << "</p>\n";
        break;
    }
  }
  close_list();
}

}  // namespace spoken
