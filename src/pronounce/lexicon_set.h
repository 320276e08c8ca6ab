// The lexicons that apply to one article, in priority order, and the matcher that finds
// their graphemes in text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pronounce/lexicon.h"

namespace spoken {

/// One usable lexeme, resolved: its chosen pronunciation, converted for the voice.
/// A lexeme with several graphemes gives one entry per grapheme.
struct LexiconEntry {
  std::string grapheme;  // as written in the lexicon
  PronunciationKind kind = PronunciationKind::kPhoneme;
  std::string ipa;                        // kPhoneme: the chosen pronunciation in IPA
  std::string alias;                      // kAlias: the replacement text
  std::string espeak;                     // kPhoneme: eSpeak NG mnemonics for [[...]]
  std::vector<std::string> approximated;  // IPA symbols mapped to a nearest phoneme
  std::vector<std::string> unknown;       // IPA symbols dropped
  bool case_sensitive = false;
  std::string lexicon;   // path of the file
  std::string language;  // the lexicon's xml:lang
  int line = 0;          // line of the lexeme in the file
  size_t priority = 0;   // index of the lexicon in load order: higher wins
};

/// A grapheme found in a text: byte range [begin, end) of that text.
struct LexiconMatch {
  size_t begin = 0;
  size_t end = 0;
  const LexiconEntry* entry = nullptr;  // points into the LexiconSet that found it
};

/// Immutable after Build; safe to share between threads.
///
/// Matching rules: a grapheme matches whole words only (letters, digits and apostrophes
/// between letters make a word, so "Li" does not match in "Li's" or "Lin"). Spaces and
/// hyphens/dashes in a grapheme match any run of spaces and hyphens/dashes in the text
/// ("bone–brain axis" matches "bone-brain axis"); ' ’ ʼ are the same apostrophe. At each
/// word, entries that match with exactly the same case are tried first; only if none does
/// are entries compared case-folded, leaving out those marked case-sensitive. Among the
/// candidates the longest match wins; on equal length the later lexicon wins, and within
/// one lexicon the earlier lexeme.
class LexiconSet {
 public:
  LexiconSet() = default;

  /// `lexicons` in load order (bundled first, then the article's); later ones override
  /// earlier ones. Pronunciations are converted for `voice_language` (BCP 47), those of a
  /// lexicon in another primary language for that language (its entries only apply to
  /// passages in it, read by its voice). For every
  /// entry whose conversion approximated or dropped a symbol, one line is appended to
  /// `warnings` (may be null): "PATH:LINE: 'GRAPHEME': nearest eSpeak phoneme for ...".
  /// Lexemes without a grapheme or a pronunciation are skipped (CheckLexicon reports them).
  static LexiconSet Build(const std::vector<Lexicon>& lexicons, std::string_view voice_language,
                          std::vector<std::string>* warnings);

  /// Non-overlapping matches of `kind` entries in `text` (UTF-8), left to right, for text
  /// in `language` (entries apply when the primary language subtags agree).
  std::vector<LexiconMatch> FindAll(std::string_view text, PronunciationKind kind,
                                    std::string_view language) const;

  /// The entry of `kind` whose grapheme matches all of `text`, or nullptr.
  const LexiconEntry* Lookup(std::string_view text, PronunciationKind kind,
                             std::string_view language) const;

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<LexiconEntry> entries_;
  std::vector<std::u32string> graphemes_;  // decoded entries_[i].grapheme
};

}  // namespace spoken
