#include "publish/glossary_html.h"

#include <cctype>

namespace spoken {
namespace {

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

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

void WriteGlossaryHtml(const std::vector<PronunciationUse>& uses, std::ostream& out) {
  if (uses.empty()) return;
  out << "<section class=\"pronunciation\" aria-labelledby=\"pronunciation\">\n"
      << "<h2 id=\"pronunciation\">Pronunciation</h2>\n<dl>\n";
  for (const PronunciationUse& use : uses) {
    out << "<dt id=\"" << GlossaryId(use.term) << "\"><dfn>" << Escape(use.term) << "</dfn></dt>\n";
    if (!use.alias.empty() && use.ipa.empty()) {
      out << "<dd>Read as: " << Escape(use.alias) << "</dd>\n";
      continue;
    }
    out << "<dd>";
    if (!use.respelling.empty()) {
      out << "Say it: <span class=\"respelling\" aria-hidden=\"true\">" << Escape(use.respelling)
          << "</span><span class=\"visually-hidden\">" << Escape(Spaced(use.respelling))
          << "</span> (capitals mark the stressed syllable). ";
    }
    out << "IPA: <span class=\"ipa\" lang=\"und-fonipa\">/" << Escape(use.ipa) << "/</span></dd>\n";
  }
  out << "</dl>\n</section>\n";
}

}  // namespace spoken
