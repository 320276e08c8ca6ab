// The English word tables that locale_en.cc refers to (locale_en_words.cc). Static data.
#pragma once

#include <span>

#include "text/locale_data.h"

namespace spoken {

std::span<const Replacement> EnglishAbbreviations();       // whole tokens, case-sensitive
std::span<const Replacement> EnglishBeforeNames();         // "St" -> "Saint" before "Peter"
std::span<const Replacement> EnglishAfterNames();          // "jr" -> "junior" after "Smith"
std::span<const Replacement> EnglishStateAbbreviations();  // "Ga." -> "Georgia"
std::span<const Replacement> EnglishStreetTypes();         // "St" -> "Street", "E" -> "East"
std::span<const Replacement> EnglishRegions();             // "NY" -> "New York"
std::span<const RomanContext> EnglishRomanContexts();

}  // namespace spoken
