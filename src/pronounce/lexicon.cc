#include "pronounce/lexicon.h"

#include <algorithm>
#include <pugixml.hpp>

#include "encoding/text_file.h"
#include "pronounce/xsampa.h"

namespace spoken {
namespace {

constexpr std::string_view kPlsNamespace = "http://www.w3.org/2005/01/pronunciation-lexicon";

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') newlines_.push_back(i);
    }
  }
  int LineOf(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    return 1 + static_cast<int>(std::lower_bound(newlines_.begin(), newlines_.end(),
                                                 static_cast<size_t>(offset)) -
                                newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

std::string CollapseSpace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string LocalName(std::string_view name) {
  const size_t colon = name.find(':');
  return std::string(colon == std::string_view::npos ? name : name.substr(colon + 1));
}

// The prefix bound to Spoken's namespace on the root ("spoken:" usually), or "".
std::string SpokenPrefix(const pugi::xml_node& root) {
  for (const pugi::xml_attribute& attribute : root.attributes()) {
    const std::string_view name = attribute.name();
    if (name.substr(0, 6) == "xmlns:" && attribute.value() == kSpokenPlsNamespace) {
      return std::string(name.substr(6)) + ":";
    }
  }
  return "";
}

bool IsCaseSensitive(const pugi::xml_node& node, const std::string& prefix) {
  if (prefix.empty()) return false;
  return std::string_view(node.attribute((prefix + "case").c_str()).value()) == "sensitive";
}

}  // namespace

const LexiconPronunciation* Lexeme::Chosen() const {
  for (const LexiconPronunciation& p : pronunciations) {
    if (p.prefer) return &p;
  }
  return pronunciations.empty() ? nullptr : &pronunciations.front();
}

Result<Lexicon> ParseLexicon(std::string_view xml, const std::string& path) {
  const LineIndex lines(xml);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    return ConfigError(path + ":" + std::to_string(lines.LineOf(parsed.offset)) +
                       ": not well-formed XML: " + parsed.description());
  }
  const pugi::xml_node root = document.document_element();
  const auto where = [&](const pugi::xml_node& node) {
    return path + ":" + std::to_string(lines.LineOf(node.offset_debug())) + ": ";
  };
  if (LocalName(root.name()) != "lexicon" || root.attribute("xmlns").value() != kPlsNamespace) {
    return ConfigError(where(root) + "the root is not a PLS <lexicon> in namespace " +
                       std::string(kPlsNamespace));
  }
  if (std::string_view(root.attribute("version").value()) != "1.0") {
    return ConfigError(where(root) + "PLS version must be \"1.0\"");
  }
  Lexicon lexicon{.path = path,
                  .language = root.attribute("xml:lang").value(),
                  .alphabet = root.attribute("alphabet").value()};
  if (lexicon.language.empty()) return ConfigError(where(root) + "the lexicon has no xml:lang");
  const std::string prefix = SpokenPrefix(root);
  for (const pugi::xml_node& node : root.children()) {
    if (node.type() != pugi::node_element || LocalName(node.name()) != "lexeme") continue;
    Lexeme lexeme{.case_sensitive = IsCaseSensitive(node, prefix),
                  .id = node.attribute("xml:id").value(),
                  .line = lines.LineOf(node.offset_debug())};
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string name = LocalName(child.name());
      const std::string text = CollapseSpace(child.text().get());
      if (name == "grapheme") {
        lexeme.graphemes.push_back(text);
        if (IsCaseSensitive(child, prefix)) lexeme.case_sensitive = true;
        continue;
      }
      if (name != "phoneme" && name != "alias") continue;
      LexiconPronunciation pronunciation{
          .kind = name == "alias" ? PronunciationKind::kAlias : PronunciationKind::kPhoneme,
          .text = text,
          .written = text,
          .prefer = std::string_view(child.attribute("prefer").value()) == "true",
          .line = lines.LineOf(child.offset_debug())};
      if (pronunciation.kind == PronunciationKind::kPhoneme) {
        const pugi::xml_attribute own = child.attribute("alphabet");
        pronunciation.alphabet = own ? own.value() : lexicon.alphabet;
        if (pronunciation.alphabet == "x-sampa") {
          XSampaConversion ipa = XSampaToIpa(text);
          pronunciation.text = std::move(ipa.ipa);
          pronunciation.unknown_symbols = std::move(ipa.unknown);
        } else if (pronunciation.alphabet != "ipa") {
          return ConfigError(where(child) + "alphabet \"" + pronunciation.alphabet +
                             "\" is not supported (use ipa or x-sampa)");
        }
      }
      lexeme.pronunciations.push_back(std::move(pronunciation));
    }
    lexicon.lexemes.push_back(std::move(lexeme));
  }
  return lexicon;
}

Result<Lexicon> LoadLexicon(const std::string& path) {
  auto text = ReadTextFile(path, kMaxLexiconBytes);
  if (!text.ok()) return text.error();
  auto lexicon = ParseLexicon(text->utf8, path);
  if (lexicon.ok()) lexicon->warnings = std::move(text->warnings);
  return lexicon;
}

}  // namespace spoken
