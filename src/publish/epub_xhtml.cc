#include "publish/epub_xhtml.h"

#include "publish/article_html.h"
#include "publish/epub_writer.h"
#include "publish/markup.h"

namespace spoken {

void WriteXhtmlHead(const std::string& title, const std::string& language, std::ostream& out,
                    LexiconLink lexicon) {
  const std::string lang = EscapeXml(language);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
      << "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
      << " lang=\"" << lang << "\" xml:lang=\"" << lang << "\"" << RootDirAttribute(language)
      << ">\n<head>\n<meta charset=\"utf-8\"/>\n"
      << "<title>" << EscapeXml(title) << "</title>\n"
      << "<link rel=\"stylesheet\" type=\"text/css\" href=\"" << EpubPaths::kStyle << "\"/>\n";
  if (lexicon == LexiconLink::kPls) {
    out << "<link rel=\"pronunciation\" type=\"application/pls+xml\" hreflang=\"" << lang
        << "\" href=\"" << EpubPaths::kLexicon << "\"/>\n";
  }
  out << "</head>\n";
}

}  // namespace spoken
