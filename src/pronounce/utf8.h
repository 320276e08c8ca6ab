// UTF-8 helpers for the pronouncer: decoding, encoding, and the simple case folding and
// word-character test the lexicon matcher needs (no ICU outside text/, design.md).
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// Code points of `text`; an invalid byte becomes U+FFFD and counts as one code point.
std::u32string DecodeUtf8(std::string_view text);
std::string EncodeUtf8(std::u32string_view text);

/// Byte length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
size_t Utf8Length(unsigned char lead);

/// Simple lower-case mapping for Latin (ASCII, Latin-1, Latin Extended-A), Greek and
/// Cyrillic; other code points are returned unchanged.
char32_t FoldCase(char32_t c);

/// Letters and digits: ASCII alphanumerics and every code point from U+00C0 up except
/// punctuation, dashes, quotes and spaces.
bool IsWordChar(char32_t c);

/// Apostrophes (' ’ ʼ), which join letters into one word ("Xi'an").
bool IsApostrophe(char32_t c);

/// Spaces and hyphens/dashes between words, which a grapheme may match interchangeably.
bool IsWordSeparator(char32_t c);

}  // namespace spoken
