// `spoken lexicon check`: what is wrong with a lexicon, one diagnostic per problem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pronounce/lexicon.h"

namespace spoken {

struct LexiconDiagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string path;
  int line = 0;
  std::string message;  // one line, naming the grapheme

  /// "PATH:LINE: message"
  std::string Format() const;
};

/// Checks `lexicon` for a voice of `voice_language`. Errors: a lexeme with no grapheme, an
/// empty grapheme, no phoneme or alias, an empty phoneme or alias; an IPA (or X-SAMPA)
/// symbol the converter does not know; the same grapheme twice with the same
/// pronunciation (duplicate) or a different one (conflict), where "the same grapheme"
/// follows the matching rules of LexiconSet (case-folded unless case-sensitive, any
/// dash or space alike, any apostrophe alike). Warnings: a lexicon whose xml:lang is not
/// the voice's language; symbols mapped to the nearest eSpeak phoneme; an all-capital
/// grapheme (an acronym) not marked case-sensitive, which would also match lowercase
/// text ("WHO" and "who"). In line order.
std::vector<LexiconDiagnostic> CheckLexicon(const Lexicon& lexicon,
                                            std::string_view voice_language);

}  // namespace spoken
