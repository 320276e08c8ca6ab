#include "pronounce/ipa_compare.h"

#include <utility>
#include <vector>

#include "core/ascii.h"
#include "pronounce/utf8.h"

namespace spoken {
namespace {

bool IsVowel(char32_t c) {
  static const std::u32string kVowels = U"iyɨʉɯuɪʏʊeøɘɵɤoəɛœɜɞʌɔæɐaɶɑɒɚɝᵻ";
  return kVowels.find(c) != std::u32string::npos;
}

bool IsStress(char32_t c) { return c == U'ˈ' || c == U'ˌ'; }

void ReplaceAll(std::u32string& text, std::u32string_view from, std::u32string_view to) {
  for (size_t at = text.find(from); at != std::u32string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

bool IsAmerican(std::string_view language) {
  const std::string tag = AsciiLower(language);
  return tag == "en" || tag == "en-us" || tag == "en_us";
}

}  // namespace

std::string ComparableIpa(std::string_view ipa, std::string_view language) {
  std::u32string text;
  for (char32_t c : DecodeUtf8(ipa)) {
    if (c == U'.' || c == 0x0361 || c == 0x035C || c == 0x032F || c == U'‿') continue;
    if (c == U'\'') c = U'ˈ';
    text += c;
  }
  // Whitespace: single spaces between words only.
  std::u32string words;
  for (char32_t c : text) {
    if (c == U' ' || c == U'\t' || c == U'\n') {
      if (!words.empty() && words.back() != U' ') words += U' ';
    } else {
      words += c;
    }
  }
  while (!words.empty() && words.back() == U' ') words.pop_back();
  text = std::move(words);

  // Notation only: ligatures, the other syllabic mark, retroflex affricates.
  ReplaceAll(text, U"ʧ", U"tʃ");
  ReplaceAll(text, U"ʤ", U"dʒ");
  ReplaceAll(text, U"ʦ", U"ts");
  ReplaceAll(text, U"ʣ", U"dz");
  ReplaceAll(text, U"\u030D", U"\u0329");
  ReplaceAll(text, U"ʈʂ", U"tʂ");
  ReplaceAll(text, U"ɖʐ", U"dʐ");
  ReplaceAll(text, U"g", U"ɡ");
  ReplaceAll(text, U"r", U"ɹ");
  ReplaceAll(text, U"ɫ", U"l");
  ReplaceAll(text, U"əʊ", U"oʊ");
  ReplaceAll(text, U"ɝː", U"ɜː");
  ReplaceAll(text, U"ɝ", U"ɜː");
  ReplaceAll(text, U"ɜː", U"ɜ");
  ReplaceAll(text, U"ɜ", U"ɜː");
  ReplaceAll(text, U"aɪ", U"Aɪ");  // keep the diphthongs' a apart from TRAP
  ReplaceAll(text, U"aʊ", U"Aʊ");
  ReplaceAll(text, U"a", U"æ");
  ReplaceAll(text, U"A", U"a");
  ReplaceAll(text, U"ɑː", U"ɑ");
  ReplaceAll(text, U"ɑ", U"ɑː");
  if (IsAmerican(language)) {
    // No LOT-PALM split, no centring diphthongs, intervocalic t flapped.
    ReplaceAll(text, U"ɒ", U"ɑː");
    ReplaceAll(text, U"ɔːɹ", U"ɔɹ");
    ReplaceAll(text, U"ɪə", U"iə");
    ReplaceAll(text, U"ɛə", U"ɛɹ");
    ReplaceAll(text, U"eə", U"ɛɹ");
    ReplaceAll(text, U"ʊə", U"ʊɹ");
    ReplaceAll(text, U"ɾ", U"t");
  } else {
    // British voices: not rhotic, centring diphthongs written with i and e, no ᵻ.
    ReplaceAll(text, U"ɚ", U"ə");
    ReplaceAll(text, U"ɪə", U"iə");
    ReplaceAll(text, U"ɛə", U"eə");
    ReplaceAll(text, U"ᵻ", U"ɪ");
  }

  // Stress marks move right, past the onset, to the syllable's vowel.
  std::u32string out;
  char32_t pending = 0;
  for (char32_t c : text) {
    if (IsStress(c)) {
      pending = c;
      continue;
    }
    if (c == U' ') pending = 0;
    if (pending != 0 && IsVowel(c)) {
      out += pending;
      pending = 0;
    }
    out += c;
  }
  return EncodeUtf8(out);
}

}  // namespace spoken
