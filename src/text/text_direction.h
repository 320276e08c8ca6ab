// The writing direction of a language: the writers mark right-to-left articles and passages
// (HTML `dir`) so browsers and reading systems lay them out in reading order. The one
// module with ICU decides, from its likely-subtags data.
#pragma once

#include <string_view>

namespace spoken {

/// True when `language_tag` (BCP 47; "ar", "he-IL", "ur", "pa-Arab"; eSpeak's "fa_ir" also
/// works) is written right to left: its script subtag, or else the language's likely
/// script (ICU uloc_isRightToLeft), is Arabic, Hebrew, Syriac, Thaana, N'Ko, ... An explicit
/// left-to-right script ("az-Latn", "sr-Cyrl") is left to right, and so is a language whose
/// likely script is a historic one (Ancient Greek: Cypriot) unless the tag names it. False
/// for "" and for tags ICU cannot parse.
bool IsRightToLeft(std::string_view language_tag);

}  // namespace spoken
