// Pronunciation lexicons in W3C PLS 1.0 (standards.md §4.1), as read from disk.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

/// Namespace of Spoken's one extension attribute, `case`, on <lexeme> or <grapheme>:
///   <lexicon ... xmlns:spoken="urn:x-spoken:pls">
///     <lexeme spoken:case="sensitive"><grapheme>Li</grapheme>...
/// Matching rule (docs): a grapheme matches a word of the text with exactly the same case
/// first; only when no entry matches exactly is it compared case-folded, and a grapheme
/// marked case="sensitive" never takes part in that second, case-folded round.
inline constexpr std::string_view kSpokenPlsNamespace = "urn:x-spoken:pls";

enum class PronunciationKind { kPhoneme, kAlias };

struct LexiconPronunciation {
  PronunciationKind kind = PronunciationKind::kPhoneme;
  std::string text;      // IPA for a phoneme (X-SAMPA already converted), else the alias
  std::string written;   // as written in the file (X-SAMPA stays X-SAMPA)
  std::string alphabet;  // "ipa" or "x-sampa" (phonemes only)
  bool prefer = false;
  int line = 0;                              // 1-based line in the file
  std::vector<std::string> unknown_symbols;  // X-SAMPA symbols with no IPA equivalent
};

struct Lexeme {
  std::vector<std::string> graphemes;                // whitespace collapsed, as written
  std::vector<LexiconPronunciation> pronunciations;  // document order
  bool case_sensitive = false;                       // spoken:case="sensitive"
  std::string id;                                    // xml:id, may be empty
  int line = 0;

  /// The pronunciation a TTS processor uses (PLS §4.6): the first with prefer="true",
  /// else the first in document order; nullptr when the lexeme has none.
  const LexiconPronunciation* Chosen() const;
};

struct Lexicon {
  std::string path;                   // as given to LoadLexicon
  std::string language;               // xml:lang of the root
  std::string alphabet;               // root alphabet
  std::vector<Lexeme> lexemes;        // document order
  std::vector<std::string> warnings;  // "PATH:LINE: ..." bytes that were not UTF-8
};

/// The largest lexicon file read, in bytes (some 50,000 entries).
inline constexpr size_t kMaxLexiconBytes = size_t{8} * 1024 * 1024;

/// Parses PLS 1.0 XML text (UTF-8) with pugixml. Fails with kConfig and a message
/// "PATH:LINE: ..." when the text is not well-formed XML, the root is not a PLS 1.0
/// <lexicon>, or an alphabet other than ipa / x-sampa is used. Entries that are merely
/// incomplete (no grapheme, no pronunciation) are kept for CheckLexicon to report.
Result<Lexicon> ParseLexicon(std::string_view xml, const std::string& path);

/// Reads `path` with ReadTextFile (encoding/text_file.h: regular files of at most
/// kMaxLexiconBytes, decoded to UTF-8, its errors) and parses it.
Result<Lexicon> LoadLexicon(const std::string& path);

}  // namespace spoken
