// UTF-8 encoding of one code point, shared by every module that builds text from code
// points (JSON escapes, IPA conversion).
#pragma once

#include <string>

namespace spoken {

/// Appends `code` (a Unicode scalar value, at most U+10FFFF) to `out` as UTF-8.
void AppendUtf8CodePoint(std::string& out, char32_t code);

}  // namespace spoken
