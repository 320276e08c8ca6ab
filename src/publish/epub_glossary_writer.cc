#include "publish/epub_glossary_writer.h"

#include "publish/epub_xhtml.h"
#include "publish/glossary_html.h"
#include "publish/markup.h"

namespace spoken {

void WriteEpubGlossary(const Edition& edition, std::ostream& out) {
  WriteXhtmlHead(edition.script.info.title + ": pronunciation", edition.script.info.language, out);
  out << "<body>\n<h1>" << EscapeXml(edition.script.info.title) << "</h1>\n"
      << "<section epub:type=\"glossary\" role=\"doc-glossary\" aria-label=\"Glossary\">\n";
  WriteGlossaryHtml(edition.pronunciations, out);
  out << "</section>\n</body>\n</html>\n";
}

}  // namespace spoken
