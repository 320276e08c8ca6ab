#include "publish/epub_nav_writer.h"

#include "publish/epub_writer.h"
#include "publish/epub_xhtml.h"
#include "publish/markup.h"
#include "publish/page_words.h"

namespace spoken {

void WriteEpubNav(const Edition& edition, std::ostream& out) {
  const Script& script = edition.script;
  const bool glossary = !edition.pronunciations.empty();
  const PageText text = PageTextFor(script.info.language, LangMarkup::kXhtml);
  WriteXhtmlHead(script.info.title + std::string(text.words.contents_title), script.info.language,
                 out);
  out << "<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" "
         "aria-labelledby=\"toc-heading\">\n"
      << "<h1 id=\"toc-heading\"" << text.mark << ">" << text.words.contents << "</h1>\n<ol>\n";
  for (size_t s = 0; s < script.sections.size(); ++s) {
    out << "<li><a href=\"" << EpubPaths::kArticle << "#section-" << s + 1 << "\">"
        << EscapeXml(script.sections[s].title) << "</a></li>\n";
  }
  if (glossary) {
    out << "<li" << text.mark << "><a href=\"" << EpubPaths::kGlossary << "\">"
        << text.words.pronunciation << "</a></li>\n";
  }
  out << "</ol>\n</nav>\n<nav epub:type=\"landmarks\" aria-labelledby=\"landmarks-heading\" "
         "hidden=\"hidden\">\n<h2 id=\"landmarks-heading\""
      << text.mark << ">" << text.words.landmarks << "</h2>\n<ol>\n"
      << "<li><a epub:type=\"bodymatter\" href=\"" << EpubPaths::kArticle << "\">"
      << EscapeXml(script.info.title) << "</a></li>\n";
  if (glossary) {
    out << "<li><a epub:type=\"glossary\" href=\"" << EpubPaths::kGlossary << "\"" << text.mark
        << ">" << text.words.pronunciation << "</a></li>\n";
  }
  out << "</ol>\n</nav>\n</body>\n</html>\n";
}

}  // namespace spoken
