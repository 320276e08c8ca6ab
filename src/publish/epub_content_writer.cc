#include "publish/epub_content_writer.h"

#include "publish/epub_xhtml.h"
#include "publish/markup.h"

namespace spoken {
namespace {

using GlossaryLinks = std::map<std::string, std::vector<TextAnchor>>;

const std::vector<TextAnchor>& LinksOf(const GlossaryLinks& glossary, const std::string& id) {
  static const std::vector<TextAnchor> kNone;
  const auto links = glossary.find(id);
  return links == glossary.end() ? kNone : links->second;
}

class ArticleXhtml {
 public:
  ArticleXhtml(const Edition& edition, EpubSync sync, const std::vector<EpubImage>& images,
               std::ostream& out)
      : edition_(edition),
        sync_(sync),
        out_(out),
        glossary_(GlossaryAnchors(edition.pronunciations, EpubPaths::kGlossary)) {
    for (const EpubImage& image : images) image_hrefs_[image.source] = image.href;
    ForEachSentence(edition.script, [&](size_t, const ScriptBlock&, const Sentence& sentence,
                                        size_t index) { sentence_index_[&sentence] = index; });
  }

  void Write() {
    const Script& script = edition_.script;
    WriteXhtmlHead(script.info.title, script.info.language, out_,
                   edition_.pronunciations.empty() ? LexiconLink::kNone : LexiconLink::kPls);
    out_ << "<body epub:type=\"bodymatter\">\n<h1 id=\"title\">" << EscapeXml(script.info.title)
         << "</h1>\n";
    for (size_t s = 0; s < script.sections.size(); ++s) WriteSection(s);
    out_ << "</body>\n</html>\n";
  }

 private:
  void WriteSection(size_t s) {
    const ScriptSection& section = edition_.script.sections[s];
    const std::string id = "section-" + std::to_string(s + 1);
    bool has_heading = false;
    for (const ScriptBlock& block : section.blocks) {
      has_heading = has_heading || block.kind == ScriptBlockKind::kHeading;
    }
    out_ << "<section id=\"" << id << "\""
         << (has_heading ? " aria-labelledby=\"" + id + "-heading\"" : std::string())
         << SectionSemantics(section, LangMarkup::kXhtml) << ">\n";
    for (const ScriptBlock& block : section.blocks) {
      if (block.kind == ScriptBlockKind::kAnnouncement) {
        out_ << "<p class=\"announcement\">" << SentenceSpans(block) << "</p>\n";
      } else if (block.kind == ScriptBlockKind::kHeading) {
        out_ << "<h2 id=\"" << id << "-heading\">" << SentenceSpans(block) << "</h2>\n";
      }
    }
    WriteBodyBlocks(
        edition_.script, s, LangMarkup::kXhtml,
        [&](const ScriptBlock& block, const Sentence& sentence) {
          return SentenceSpan(block, sentence);
        },
        out_, image_hrefs_);
    out_ << "</section>\n";
  }

  // The element a SMIL par points to; by word, each word inside it is one too.
  std::string SentenceSpan(const ScriptBlock& block, const Sentence& sentence) {
    std::vector<WordSpan> words;
    if (sync_ == EpubSync::kWord) {
      const auto timed = EpubWords(edition_, block, sentence, sentence_index_.at(&sentence));
      for (size_t w = 0; w < timed.size(); ++w) {
        words.push_back({timed[w].begin, timed[w].end, " id=\"" + EpubWordId(sentence, w) + "\""});
      }
    }
    return "<span id=\"" + sentence.id + "\">" +
           SentenceInnerHtml(block, sentence, LinksOf(glossary_, sentence.id), words,
                             {LangMarkup::kXhtml, LanguageOf(block, edition_.script.info)}) +
           "</span>";
  }

  std::string SentenceSpans(const ScriptBlock& block) {
    std::string html;
    for (const Sentence& sentence : block.sentences) {
      if (!html.empty()) html += ' ';
      html += SentenceSpan(block, sentence);
    }
    return html;
  }

  const Edition& edition_;
  const EpubSync sync_;
  std::ostream& out_;
  const GlossaryLinks glossary_;
  std::map<const Sentence*, size_t> sentence_index_;  // in reading order
  std::map<std::string, std::string> image_hrefs_;    // figure image source -> file in the book
};

}  // namespace

std::vector<DisplayWord> EpubWords(const Edition& edition, const ScriptBlock& block,
                                   const Sentence& sentence, size_t index) {
  const GlossaryLinks glossary = GlossaryAnchors(edition.pronunciations, EpubPaths::kGlossary);
  return DisplayWords(block, sentence, edition.timeline.sentences[index],
                      LinksOf(glossary, sentence.id));
}

std::string EpubWordId(const Sentence& sentence, size_t word) {
  return sentence.id + "-w" + std::to_string(word + 1);
}

void WriteEpubArticleXhtml(const Edition& edition, EpubSync sync,
                           const std::vector<EpubImage>& images, std::ostream& out) {
  ArticleXhtml(edition, sync, images, out).Write();
}

}  // namespace spoken
