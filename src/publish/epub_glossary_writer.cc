#include "publish/epub_glossary_writer.h"

#include "publish/epub_xhtml.h"
#include "publish/glossary_html.h"
#include "publish/markup.h"
#include "publish/page_words.h"

namespace spoken {

void WriteEpubGlossary(const Edition& edition, std::ostream& out) {
  const std::string& language = edition.script.info.language;
  const PageText text = PageTextFor(language, LangMarkup::kXhtml);
  WriteXhtmlHead(edition.script.info.title + std::string(text.words.pronunciation_title), language,
                 out);
  out << "<body>\n<h1>" << EscapeXml(edition.script.info.title) << "</h1>\n"
      << "<section epub:type=\"glossary\" role=\"doc-glossary\" aria-label=\""
      << text.words.glossary << "\">\n";
  WriteGlossaryHtml(edition.pronunciations, out, GlossaryWordsOf(text));
  out << "</section>\n</body>\n</html>\n";
}

}  // namespace spoken
