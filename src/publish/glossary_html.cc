#include "publish/glossary_html.h"

#include <cctype>

#include "publish/markup.h"

namespace spoken {
namespace {

std::string Spaced(std::string_view respelling) {
  std::string out(respelling);
  for (char& c : out) {
    if (c == '-') c = ' ';
  }
  return out;
}

}  // namespace

std::string GlossaryId(std::string_view term) {
  std::string slug;
  for (char c : term) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80) {
      slug += static_cast<char>(std::tolower(byte));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return "term-" + (slug.empty() ? std::string("x") : slug);
}

void WriteGlossaryHtml(const std::vector<PronunciationUse>& uses, std::ostream& out,
                       const GlossaryWords& words) {
  if (uses.empty()) return;
  const std::string& marks = words.attributes;
  out << "<section class=\"pronunciation\" aria-labelledby=\"pronunciation\">\n"
      << "<h2 id=\"pronunciation\"" << marks << ">" << words.heading << "</h2>\n"
      << "<p" << marks << ">" << words.explanation << "</p>\n<dl>\n";
  for (const PronunciationUse& use : uses) {
    out << "<dt id=\"" << GlossaryId(use.term) << "\"><dfn>" << EscapeXml(use.term)
        << "</dfn></dt>\n";
    if (!use.alias.empty() && use.ipa.empty()) {
      out << "<dd" << marks << ">" << words.read_as << EscapeXml(use.alias) << "</dd>\n";
      continue;
    }
    out << "<dd" << marks << ">";
    if (!use.respelling.empty()) {
      out << words.say_it << "<span class=\"respelling\" aria-hidden=\"true\">"
          << EscapeXml(use.respelling) << "</span><span class=\"visually-hidden\">"
          << EscapeXml(Spaced(use.respelling)) << "</span>. ";
    }
    out << words.ipa << "<span class=\"ipa\" lang=\"und-fonipa\">/" << EscapeXml(use.ipa)
        << "/</span></dd>\n";
  }
  out << "</dl>\n</section>\n";
}

}  // namespace spoken
