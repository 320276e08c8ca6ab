#include "publish/article_html.h"

#include <algorithm>
#include <cctype>

#include "core/url.h"
#include "publish/article_structures.h"
#include "publish/glossary_html.h"
#include "publish/markup.h"
#include "text/text_direction.h"

namespace spoken {
namespace {

// "https:", "mailto:", ...: a link that works wherever the page or book is opened. The
// reader keeps no element ids or neighbouring files, so "#note-1" or "figure.png" would
// point nowhere in the transcript page and the EPUB (where epubcheck rejects them).
bool HasScheme(std::string_view href) {
  const size_t colon = href.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  return std::all_of(href.begin(), href.begin() + colon, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
  });
}

// The links inside `sentence`, in its coordinates: the block's with a scheme, then those
// of `extra` that overlap none of them; sorted, non-overlapping.
std::vector<TextAnchor> AnchorsIn(const ScriptBlock& block, const Sentence& sentence,
                                  const std::vector<TextAnchor>& extra) {
  const size_t begin = sentence.display_begin, end = begin + sentence.display.size();
  std::vector<TextAnchor> anchors;
  for (const Link& link : block.links) {
    if (!HasScheme(link.href) || !IsAllowedLinkUrl(link.href)) continue;  // javascript:, data:
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
  return anchors;
}

}  // namespace

std::map<std::string, std::vector<TextAnchor>> GlossaryAnchors(
    const std::vector<PronunciationUse>& uses, const std::string& glossary_href) {
  std::map<std::string, std::vector<TextAnchor>> anchors;
  for (const PronunciationUse& use : uses) {
    if (use.occurrences.empty()) continue;
    const TermOccurrence& first = use.occurrences.front();
    anchors[first.sentence_id].push_back(
        {first.display_begin, first.display_end,
         std::string(glossary_href).append("#").append(GlossaryId(use.term))});
  }
  return anchors;
}

std::vector<DisplayWord> DisplayWords(const ScriptBlock& block, const Sentence& sentence,
                                      const SentenceTiming& timing,
                                      const std::vector<TextAnchor>& extra) {
  std::vector<DisplayWord> words;
  for (const WordTiming& word : timing.words) {
    const auto [begin, end] = sentence.map.ToDisplay(word.spoken_begin, word.spoken_end);
    if (begin >= end || end > sentence.display.size()) continue;
    if (!words.empty() && begin < words.back().end) {  // "2026" read as two words
      words.back().end = std::max(words.back().end, end);
      words.back().end_sample = word.end_sample;
      continue;
    }
    words.push_back({begin, end, word.start_sample, word.end_sample});
  }
  std::vector<TextAnchor> anchors = AnchorsIn(block, sentence, extra);
  for (const SentencePassage& passage : sentence.passages) {
    anchors.push_back({passage.display_begin, passage.display_end, ""});
  }
  std::erase_if(words, [&](const DisplayWord& word) {
    return std::any_of(anchors.begin(), anchors.end(), [&](const TextAnchor& a) {
      const bool overlap = word.begin < a.end && a.begin < word.end;
      const bool nested = (a.begin <= word.begin && word.end <= a.end) ||
                          (word.begin <= a.begin && a.end <= word.end);
      return overlap && !nested;
    });
  });
  return words;
}

std::string SentenceInnerHtml(const ScriptBlock& block, const Sentence& sentence,
                              const std::vector<TextAnchor>& extra,
                              const std::vector<WordSpan>& words, const PassageMarkup& passages) {
  struct Element {
    size_t begin, end;
    std::string open;
    const char* close;
  };
  std::vector<Element> elements;
  for (const SentencePassage& passage : sentence.passages) {
    elements.push_back(
        {passage.display_begin, passage.display_end,
         "<span" +
             LangAttributes(passage.language, passages.surrounding_language, passages.markup) + ">",
         "</span>"});
  }
  for (const TextAnchor& anchor : AnchorsIn(block, sentence, extra)) {
    elements.push_back(
        {anchor.begin, anchor.end, "<a href=\"" + EscapeXml(anchor.href) + "\">", "</a>"});
  }
  for (const WordSpan& word : words) {
    elements.push_back({word.begin, word.end, "<span" + word.attributes + ">", "</span>"});
  }
  // Outer elements first; over the same text, a passage outside an anchor outside a word.
  std::stable_sort(elements.begin(), elements.end(), [](const Element& a, const Element& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });

  const std::string_view text = sentence.display;
  std::string html;
  size_t cursor = 0;
  std::vector<const Element*> open;
  const auto close_until = [&](size_t position) {
    while (!open.empty() && open.back()->end <= position) {
      html += EscapeXml(text.substr(cursor, open.back()->end - cursor)) + open.back()->close;
      cursor = open.back()->end;
      open.pop_back();
    }
  };
  for (const Element& element : elements) {
    close_until(element.begin);
    html += EscapeXml(text.substr(cursor, element.begin - cursor)) + element.open;
    cursor = element.begin;
    open.push_back(&element);
  }
  close_until(text.size());
  return html + EscapeXml(text.substr(cursor));
}

std::string RootDirAttribute(const std::string& language) {
  return IsRightToLeft(language) ? " dir=\"rtl\"" : "";
}

std::string LangAttributes(const std::string& language, const std::string& surrounding_language,
                           LangMarkup markup) {
  if (language.empty()) return "";
  const std::string lang = EscapeXml(language);
  const bool rtl = IsRightToLeft(language);
  const std::string dir =
      rtl == IsRightToLeft(surrounding_language) ? "" : (rtl ? " dir=\"rtl\"" : " dir=\"ltr\"");
  return " lang=\"" + lang + "\"" +
         (markup == LangMarkup::kXhtml ? " xml:lang=\"" + lang + "\"" : "") + dir;
}

std::string LangAttributes(const ScriptBlock& block, const std::string& article_language,
                           LangMarkup markup) {
  return LangAttributes(block.language, article_language, markup);
}

std::string SectionTitleHtml(const ScriptSection& section, const std::string& article_language,
                             LangMarkup markup) {
  for (const ScriptBlock& block : section.blocks) {
    if (block.kind != ScriptBlockKind::kHeading || block.sentences.size() != 1) continue;
    const std::string& surrounding = block.language.empty() ? article_language : block.language;
    return SentenceInnerHtml(block, block.sentences[0], {}, {}, {markup, surrounding});
  }
  return EscapeXml(section.title);
}

std::string SectionSemantics(const ScriptSection& section, LangMarkup markup) {
  for (const ScriptBlock& block : section.blocks) {
    if (block.kind != ScriptBlockKind::kNote) continue;
    return std::string(markup == LangMarkup::kXhtml ? " epub:type=\"endnotes\"" : "") +
           " role=\"doc-endnotes\"";
  }
  return "";
}

void WriteBodyBlocks(
    const Script& script, size_t s, LangMarkup markup,
    const std::function<std::string(const ScriptBlock&, const Sentence&)>& sentence_html,
    std::ostream& out, const std::map<std::string, std::string>& image_hrefs) {
  const ScriptSection& section = script.sections[s];
  const std::vector<Structure> structures = StructuresOf(script, s);
  const auto epub_type = [&](const std::string& type) {
    return markup == LangMarkup::kXhtml ? " epub:type=\"" + type + "\"" : std::string();
  };
  const ScriptBlock* open_list = nullptr;  // first item of the list being written
  std::string open_table;                  // id of the table being written
  const auto close_list = [&] {
    if (open_list != nullptr) out << (open_list->ordered_list ? "</ol>\n" : "</ul>\n");
    open_list = nullptr;
  };
  for (size_t b = 0; b < section.blocks.size(); ++b) {
    const ScriptBlock& block = section.blocks[b];
    const Structure& structure = structures[b];
    if (block.kind == ScriptBlockKind::kAnnouncement || block.kind == ScriptBlockKind::kHeading)
      continue;
    if (!open_table.empty() && structure.id != open_table) {
      out << "</tbody></table>\n";
      open_table.clear();
    }
    if (open_list != nullptr && block.list_id != open_list->list_id) close_list();
    if (open_list == nullptr && block.list_id != 0) {
      out << (block.ordered_list ? "<ol>\n" : "<ul>\n");
      open_list = &block;
    }
    std::string sentences;
    for (size_t i = 0; i < block.sentences.size(); ++i) {
      if (!sentences.empty()) sentences += ' ';
      sentences += sentence_html(block, block.sentences[i]);
      // A reference follows the sentence whose text it comes after.
      const size_t next = i + 1 < block.sentences.size() ? block.sentences[i + 1].display_begin
                                                         : block.text.size() + 1;
      for (const NoteRef& ref : block.note_refs) {
        if ((i == 0 || ref.at >= block.sentences[i].display_begin) && ref.at < next) {
          sentences += "<sup><a href=\"#" + NoteId(ref.number) + "\"" + epub_type("noteref") +
                       " role=\"doc-noteref\">" + std::to_string(ref.number) + "</a></sup>";
        }
      }
    }
    const std::string lang = LangAttributes(block, script.info.language, markup);
    if (structure.type == "table") {
      if (open_table.empty()) {
        out << "<table id=\"" << structure.id << "\"" << epub_type("table") << ">\n";
        if (block.kind == ScriptBlockKind::kTable) {
          out << "<caption" << lang << ">" << sentences << "</caption>\n";
        }
        out << "<tbody>\n";
        open_table = structure.id;
      }
      if (block.kind == ScriptBlockKind::kTableRow) {
        out << "<tr" << lang << "><td>" << sentences << "</td></tr>\n";
      }
      continue;
    }
    switch (block.kind) {
      case ScriptBlockKind::kListItem:
        out << "<li" << lang << ">" << sentences << "</li>\n";
        break;
      case ScriptBlockKind::kNote:
        out << "<li id=\"" << structure.id << "\"" << epub_type("endnote") << lang << ">"
            << sentences << "</li>\n";
        break;
      case ScriptBlockKind::kQuote:
        out << "<blockquote" << lang << "><p>" << sentences << "</p></blockquote>\n";
        break;
      case ScriptBlockKind::kFigure: {
        out << "<figure id=\"" << structure.id << "\"" << epub_type("figure") << lang << ">";
        if (auto href = image_hrefs.find(block.image); href != image_hrefs.end()) {
          out << "<img src=\"" << EscapeXml(href->second) << "\" alt=\""
              << EscapeXml(block.image_alt) << "\"/>";
        }
        out << "<figcaption>" << sentences << "</figcaption></figure>\n";
        break;
      }
      default:
        out << "<p" << lang << ">" << sentences << "</p>\n";
        break;
    }
  }
  if (!open_table.empty()) out << "</tbody></table>\n";
  close_list();
}

}  // namespace spoken
