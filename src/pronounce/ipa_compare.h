// Comparing two IPA transcriptions "modulo the voice's phoneme inventory": the check that
// a lexicon entry survives the trip IPA -> eSpeak mnemonics -> eSpeak NG's IPA.
#pragma once

#include <string>
#include <string_view>

namespace spoken {

/// A canonical form of `ipa` for comparison, for a voice of `language` (BCP 47):
/// - syllable dots, ties, length-less duplicates and spaces at the ends are removed;
/// - each stress mark is moved to just before its syllable's vowel (eSpeak writes
///   kˈæl where dictionaries write ˈkæl);
/// - symbols the voice does not distinguish become one: ɹ r → ɹ, g → ɡ, a → æ, ɜ ɝ → ɜː,
///   əʊ → oʊ, ɫ → l, ɑ → ɑː; for American voices (en-US and en without region) also
///   ɒ → ɑː, ɔːɹ → ɔɹ, ɪə → iə, ɛə eə → ɛɹ, ʊə → ʊɹ and ɾ → t (en-us flaps t);
///   for other English voices ɚ → ə, ɪə → iə, ɛə → eə, ᵻ → ɪ;
/// - notation is unified: ʧ ʤ ʦ ʣ ligatures, ̍ as ̩, ʈʂ ɖʐ as tʂ dʐ.
/// Two transcriptions agree when their canonical forms are equal.
std::string ComparableIpa(std::string_view ipa, std::string_view language);

}  // namespace spoken
