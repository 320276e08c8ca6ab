#include "publish/epub_content_writer.h"

#include "publish/article_html.h"
#include "publish/epub_xhtml.h"
#include "publish/markup.h"

namespace spoken {
namespace {

using GlossaryLinks = std::map<std::string, std::vector<TextAnchor>>;

// The element a SMIL par points to.
std::string SentenceSpan(const ScriptBlock& block, const Sentence& sentence,
                         const GlossaryLinks& glossary) {
  const auto links = glossary.find(sentence.id);
  return "<span id=\"" + sentence.id + "\">" +
         SentenceInnerHtml(block, sentence,
                           links == glossary.end() ? std::vector<TextAnchor>() : links->second) +
         "</span>";
}

std::string SentenceSpans(const ScriptBlock& block, const GlossaryLinks& glossary) {
  std::string html;
  for (const Sentence& sentence : block.sentences) {
    if (!html.empty()) html += ' ';
    html += SentenceSpan(block, sentence, glossary);
  }
  return html;
}

}  // namespace

void WriteEpubArticleXhtml(const Edition& edition, std::ostream& out) {
  const Script& script = edition.script;
  const auto glossary = GlossaryAnchors(edition.pronunciations, EpubPaths::kGlossary);
  WriteXhtmlHead(script.info.title, script.info.language, out);
  out << "<body epub:type=\"bodymatter\">\n<h1 id=\"title\">" << EscapeXml(script.info.title)
      << "</h1>\n";
  for (size_t s = 0; s < script.sections.size(); ++s) {
    const ScriptSection& section = script.sections[s];
    const std::string id = "section-" + std::to_string(s + 1);
    bool has_heading = false;
    for (const ScriptBlock& block : section.blocks) {
      has_heading = has_heading || block.kind == ScriptBlockKind::kHeading;
    }
    out << "<section id=\"" << id << "\""
        << (has_heading ? " aria-labelledby=\"" + id + "-heading\"" : std::string()) << ">\n";
    for (const ScriptBlock& block : section.blocks) {
      if (block.kind == ScriptBlockKind::kAnnouncement) {
        out << "<p class=\"announcement\">" << SentenceSpans(block, glossary) << "</p>\n";
      } else if (block.kind == ScriptBlockKind::kHeading) {
        out << "<h2 id=\"" << id << "-heading\">" << SentenceSpans(block, glossary) << "</h2>\n";
      }
    }
    WriteBodyBlocks(
        section, LangMarkup::kXhtml,
        [&](const ScriptBlock& block, const Sentence& sentence) {
          return SentenceSpan(block, sentence, glossary);
        },
        out);
    out << "</section>\n";
  }
  out << "</body>\n</html>\n";
}

}  // namespace spoken
