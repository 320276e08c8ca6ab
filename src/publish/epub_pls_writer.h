// The EPUB's PLS pronunciation lexicon (EPUB 3.3 allows PLS to guide a reading system's
// own text-to-speech): the hints the edition's audio used, for readers who switch to TTS.
#pragma once

#include <ostream>

#include "audio/edition.h"

namespace spoken {

/// Writes EPUB/pronunciation.pls (PLS 1.0, alphabet "ipa", xml:lang = the article's
/// language): one <lexeme> per pronunciation use, its term as <grapheme> and its IPA as
/// <phoneme>, or its <alias> for an alias entry. Call only when the edition has uses.
void WriteEpubPls(const Edition& edition, std::ostream& out);

}  // namespace spoken
