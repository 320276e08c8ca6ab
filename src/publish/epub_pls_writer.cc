#include "publish/epub_pls_writer.h"

#include "publish/markup.h"

namespace spoken {

void WriteEpubPls(const Edition& edition, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
         "alphabet=\"ipa\" xml:lang=\""
      << EscapeXml(edition.script.info.language) << "\">\n";
  for (const PronunciationUse& use : edition.pronunciations) {
    out << "<lexeme><grapheme>" << EscapeXml(use.term) << "</grapheme>";
    if (use.ipa.empty()) {
      out << "<alias>" << EscapeXml(use.alias) << "</alias>";
    } else {
      out << "<phoneme>" << EscapeXml(use.ipa) << "</phoneme>";
    }
    out << "</lexeme>\n";
  }
  out << "</lexicon>\n";
}

}  // namespace spoken
