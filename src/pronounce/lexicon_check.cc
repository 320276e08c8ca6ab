#include "pronounce/lexicon_check.h"

#include <algorithm>
#include <map>

#include "core/language_tag.h"
#include "pronounce/ipa_to_espeak.h"
#include "pronounce/lexicon_set.h"
#include "pronounce/utf8.h"

namespace spoken {
namespace {

// The grapheme as the matcher sees it.
std::string MatchKey(std::string_view grapheme, bool case_sensitive) {
  std::u32string key;
  for (char32_t c : DecodeUtf8(grapheme)) {
    if (IsWordSeparator(c)) {
      if (key.empty() || key.back() != U' ') key += U' ';
    } else if (IsApostrophe(c)) {
      key += U'\'';
    } else {
      key += case_sensitive ? c : FoldCase(c);
    }
  }
  std::string out(case_sensitive ? "=" : "~");  // exact-case keys never clash with folded ones
  out += EncodeUtf8(key);
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

bool IsAllCapitals(std::string_view grapheme) {
  int letters = 0;
  for (char32_t c : DecodeUtf8(grapheme)) {
    if (FoldCase(c) != c) {
      ++letters;
    } else if (IsWordChar(c) && !(c >= U'0' && c <= U'9')) {
      return false;
    }
  }
  return letters >= 2;
}

struct Seen {
  int line;
  std::string pronunciation;
};

}  // namespace

std::string LexiconDiagnostic::Format() const {
  return path + ":" + std::to_string(line) + ": " + message;
}

std::vector<LexiconDiagnostic> CheckLexicon(const Lexicon& lexicon,
                                            std::string_view voice_language) {
  std::vector<LexiconDiagnostic> out;
  const auto error = [&](int line, std::string message) {
    out.push_back({LexiconDiagnostic::Severity::kError, lexicon.path, line, std::move(message)});
  };
  const auto warning = [&](int line, std::string message) {
    out.push_back({LexiconDiagnostic::Severity::kWarning, lexicon.path, line, std::move(message)});
  };
  if (!SamePrimaryLanguage(lexicon.language, voice_language)) {
    warning(1, "xml:lang \"" + lexicon.language + "\" does not match the voice's language " +
                   std::string(voice_language));
  }
  std::map<std::string, Seen> seen;
  for (const Lexeme& lexeme : lexicon.lexemes) {
    const std::string name =
        lexeme.graphemes.empty() ? "(no grapheme)" : "'" + lexeme.graphemes.front() + "'";
    if (lexeme.graphemes.empty()) error(lexeme.line, "lexeme has no <grapheme>");
    if (lexeme.pronunciations.empty())
      error(lexeme.line, name + ": lexeme has no <phoneme> or <alias>");
    for (const LexiconPronunciation& p : lexeme.pronunciations) {
      const char* element = p.kind == PronunciationKind::kAlias ? "<alias>" : "<phoneme>";
      if (p.written.empty()) {
        error(p.line, name + ": empty " + std::string(element));
        continue;
      }
      if (p.kind != PronunciationKind::kPhoneme) continue;
      if (!p.unknown_symbols.empty()) {
        error(p.line, name + ": unknown X-SAMPA symbols " + Join(p.unknown_symbols));
      }
      const IpaConversion converted = IpaToEspeak(p.text, voice_language);
      if (!converted.unknown.empty()) {
        error(p.line,
              name + ": unknown IPA symbols " + Join(converted.unknown) + " in /" + p.text + "/");
      }
      if (!converted.approximated.empty()) {
        warning(p.line,
                name + ": no exact eSpeak phoneme, nearest used: " + Join(converted.approximated));
      }
      if (converted.espeak.empty() && converted.unknown.empty()) {
        error(p.line, name + ": phoneme /" + p.text + "/ has no sounds");
      }
    }
    const LexiconPronunciation* chosen = lexeme.Chosen();
    const std::string said =
        chosen == nullptr
            ? ""
            : (chosen->kind == PronunciationKind::kAlias ? "alias:" : "ipa:") + chosen->text;
    for (const std::string& grapheme : lexeme.graphemes) {
      if (grapheme.empty()) {
        error(lexeme.line, "empty <grapheme>");
        continue;
      }
      if (!lexeme.case_sensitive && IsAllCapitals(grapheme)) {
        warning(lexeme.line, "'" + grapheme +
                                 "' also matches lowercase text; add spoken:case=\"sensitive\" "
                                 "if it is an acronym");
      }
      const auto [it, added] =
          seen.try_emplace(MatchKey(grapheme, lexeme.case_sensitive), Seen{lexeme.line, said});
      if (added) continue;
      if (it->second.pronunciation == said) {
        error(lexeme.line, "'" + grapheme + "': duplicate of the entry on line " +
                               std::to_string(it->second.line));
      } else {
        error(lexeme.line, "'" + grapheme + "': conflicts with the entry on line " +
                               std::to_string(it->second.line) + " (" + it->second.pronunciation +
                               " vs " + said + ")");
      }
    }
  }
  std::stable_sort(
      out.begin(), out.end(),
      [](const LexiconDiagnostic& a, const LexiconDiagnostic& b) { return a.line < b.line; });
  return out;
}

}  // namespace spoken
