// Comparing BCP 47 language tags ("en-US"; eSpeak and POSIX also write "en_us").
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// The primary language subtag, lower-cased: "en-US" -> "en", "pt_BR" -> "pt", "DE" -> "de".
std::string PrimaryLanguage(std::string_view tag);

/// The tag lower-cased with hyphens, as eSpeak NG and voices/ file names spell it:
/// "pt_BR" -> "pt-br", "es-419" -> "es-419".
std::string LowerCaseTag(std::string_view tag);

/// True when the primary subtags agree ("en-US" and "en-GB"): the test for whether a
/// lexicon entry or a voice serves a text. Whole tags that must agree exactly (up to case)
/// are compared with EqualsIgnoringAsciiCase (core/ascii.h).
bool SamePrimaryLanguage(std::string_view a, std::string_view b);

}  // namespace spoken
