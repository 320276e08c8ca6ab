// Bytes to UTF-8 at the edge: every text Spoken reads is decoded here once, so the rest of
// the program sees valid UTF-8 only. The one module that uses ICU's converters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

struct DecodedText {
  std::string utf8;                     // valid UTF-8; an invalid sequence became U+FFFD
  std::vector<size_t> invalid_offsets;  // byte offset in the input of each replaced sequence
};

/// The charset a byte order mark at the start of `bytes` names ("UTF-8", "UTF-16LE",
/// "UTF-16BE", "UTF-32LE", "UTF-32BE"), or "" when there is none.
std::string_view CharsetOfByteOrderMark(std::string_view bytes);

/// Decodes `bytes` in `charset` (a name ICU knows: "UTF-8", "windows-1252", "ISO-8859-1",
/// "Shift_JIS", "GBK", ...; case and punctuation do not matter) to UTF-8, dropping a byte
/// order mark. Fails with kInvalidInput when the charset is unknown. Never fails on the
/// bytes themselves: see `invalid_offsets`.
Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace spoken
