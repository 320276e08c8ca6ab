// Plain respellings for readers ("os-tee-oh-KAL-sin"), made from a lexicon's IPA.
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// The respelling of `ipa` in the style of Wikipedia's English respelling key: syllables
/// joined by hyphens, the primary-stressed syllable in capitals, words separated by a
/// space. Syllables follow the IPA's own dots and stress marks; elsewhere a lone
/// consonant between vowels starts the next syllable and a cluster is split after its
/// first consonant. Returns "" when `ipa` holds no vowel. Thread-safe (pure function).
std::string Respell(std::string_view ipa);

}  // namespace spoken
