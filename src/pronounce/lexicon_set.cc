#include "pronounce/lexicon_set.h"

#include <algorithm>

#include "core/language_tag.h"
#include "pronounce/ipa_to_espeak.h"
#include "pronounce/utf8.h"

namespace spoken {
namespace {

struct DecodedText {
  std::u32string chars;
  std::vector<size_t> byte_offsets;  // one per code point, plus one past the end
};

DecodedText Decode(std::string_view text) {
  DecodedText out;
  for (size_t i = 0; i < text.size();) {
    const size_t length =
        std::min(Utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
    const std::u32string c = DecodeUtf8(text.substr(i, length));
    out.chars += c.empty() ? char32_t{0xFFFD} : c[0];
    out.byte_offsets.push_back(i);
    i += length;
  }
  out.byte_offsets.push_back(text.size());
  return out;
}

bool InWord(const std::u32string& t, size_t i) {
  if (i >= t.size()) return false;
  if (IsWordChar(t[i])) return true;
  return IsApostrophe(t[i]) && i > 0 && i + 1 < t.size() && IsWordChar(t[i - 1]) &&
         IsWordChar(t[i + 1]);
}

bool IsWordStart(const std::u32string& t, size_t i) {
  return IsWordChar(t[i]) && (i == 0 || !InWord(t, i - 1));
}

// Length in code points of the match of `g` at `at`, or 0.
size_t MatchAt(const std::u32string& t, size_t at, const std::u32string& g, bool fold) {
  size_t k = at;
  for (size_t j = 0; j < g.size();) {
    if (k >= t.size()) return 0;
    if (IsWordSeparator(g[j])) {
      if (!IsWordSeparator(t[k])) return 0;
      while (j < g.size() && IsWordSeparator(g[j])) ++j;
      while (k < t.size() && IsWordSeparator(t[k])) ++k;
      continue;
    }
    const bool same = IsApostrophe(g[j]) ? IsApostrophe(t[k])
                      : fold             ? FoldCase(g[j]) == FoldCase(t[k])
                                         : g[j] == t[k];
    if (!same) return 0;
    ++j;
    ++k;
  }
  if (InWord(t, k) && k > 0 && InWord(t, k - 1)) return 0;  // the text's word goes on
  return k - at;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The language whose eSpeak NG phonemes a lexicon's IPA becomes: the voice's, unless the
// lexicon is in another language. Its entries then apply only to passages in that language,
// which that language's voice reads.
std::string_view ConversionLanguage(const Lexicon& lexicon, std::string_view voice_language) {
  if (lexicon.language.empty() || SamePrimaryLanguage(lexicon.language, voice_language)) {
    return voice_language;
  }
  return lexicon.language;
}

}  // namespace

LexiconSet LexiconSet::Build(const std::vector<Lexicon>& lexicons, std::string_view voice_language,
                             std::vector<std::string>* warnings) {
  LexiconSet set;
  for (size_t priority = 0; priority < lexicons.size(); ++priority) {
    const Lexicon& lexicon = lexicons[priority];
    for (const Lexeme& lexeme : lexicon.lexemes) {
      const LexiconPronunciation* chosen = lexeme.Chosen();
      if (chosen == nullptr || chosen->text.empty()) continue;
      LexiconEntry entry{.kind = chosen->kind,
                         .case_sensitive = lexeme.case_sensitive,
                         .lexicon = lexicon.path,
                         .language = lexicon.language,
                         .line = lexeme.line,
                         .priority = priority};
      if (chosen->kind == PronunciationKind::kAlias) {
        entry.alias = chosen->text;
      } else {
        entry.ipa = chosen->text;
        IpaConversion converted =
            IpaToEspeak(chosen->text, ConversionLanguage(lexicon, voice_language));
        entry.espeak = std::move(converted.espeak);
        entry.approximated = std::move(converted.approximated);
        entry.unknown = std::move(converted.unknown);
        for (const std::string& symbol : chosen->unknown_symbols) entry.unknown.push_back(symbol);
      }
      for (const std::string& grapheme : lexeme.graphemes) {
        if (grapheme.empty()) continue;
        entry.grapheme = grapheme;
        if (warnings != nullptr && (!entry.approximated.empty() || !entry.unknown.empty()) &&
            grapheme == lexeme.graphemes.front()) {
          std::string line = lexicon.path + ":" + std::to_string(chosen->line) + ": '" + grapheme +
                             "' /" + entry.ipa + "/:";
          if (!entry.approximated.empty())
            line += " nearest eSpeak phoneme for " + Join(entry.approximated) + ";";
          if (!entry.unknown.empty())
            line += " unknown symbols dropped: " + Join(entry.unknown) + ";";
          line.pop_back();
          warnings->push_back(std::move(line));
        }
        set.graphemes_.push_back(DecodeUtf8(grapheme));
        set.entries_.push_back(entry);
      }
    }
  }
  return set;
}

std::vector<LexiconMatch> LexiconSet::FindAll(std::string_view text, PronunciationKind kind,
                                              std::string_view language) const {
  std::vector<LexiconMatch> matches;
  if (entries_.empty()) return matches;
  const DecodedText decoded = Decode(text);
  const std::u32string& t = decoded.chars;
  for (size_t i = 0; i < t.size();) {
    if (!IsWordStart(t, i)) {
      ++i;
      continue;
    }
    size_t best_length = 0;
    const LexiconEntry* best = nullptr;
    for (const bool fold : {false, true}) {
      for (size_t e = 0; e < entries_.size(); ++e) {
        const LexiconEntry& entry = entries_[e];
        if (entry.kind != kind || (fold && entry.case_sensitive)) continue;
        if (!SamePrimaryLanguage(entry.language, language)) continue;
        const size_t length = MatchAt(t, i, graphemes_[e], fold);
        if (length == 0) continue;
        if (length > best_length || (length == best_length && entry.priority > best->priority)) {
          best_length = length;
          best = &entry;
        }
      }
      if (best != nullptr) break;  // an exact-case match wins over any case-folded one
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    matches.push_back({decoded.byte_offsets[i], decoded.byte_offsets[i + best_length], best});
    i += best_length;
  }
  return matches;
}

const LexiconEntry* LexiconSet::Lookup(std::string_view text, PronunciationKind kind,
                                       std::string_view language) const {
  const std::vector<LexiconMatch> matches = FindAll(text, kind, language);
  if (matches.size() == 1 && matches[0].begin == 0 && matches[0].end == text.size()) {
    return matches[0].entry;
  }
  return nullptr;
}

}  // namespace spoken
