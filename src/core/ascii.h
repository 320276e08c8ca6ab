// ASCII case folding for text that is ASCII by definition (BCP 47 tags, HTML attribute
// values, eSpeak's dictionary keys). UTF-8 bytes outside ASCII pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// `text` with A-Z turned into a-z and every other byte unchanged (locale-independent).
std::string AsciiLower(std::string_view text);

/// True when `a` and `b` are equal once A-Z are folded to a-z ("en-US" and "EN-us").
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

/// The value of the hexadecimal digit `c` (0-9, a-f, A-F); -1 for any other byte.
int AsciiHexValue(char c);

}  // namespace spoken
