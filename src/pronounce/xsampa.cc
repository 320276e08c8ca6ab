#include "pronounce/xsampa.h"

#include <algorithm>
#include <utility>

namespace spoken {
namespace {

// X-SAMPA (Wells 1995) symbols used for English and the languages our voices speak.
// A table reads best as rows of several entries.
// clang-format off
const std::pair<std::string_view, std::string_view> kXSampa[] = {
    {"a", "a"}, {"b", "b"}, {"c", "c"}, {"d", "d"}, {"e", "e"}, {"f", "f"}, {"g", "ɡ"},
    {"h", "h"}, {"i", "i"}, {"j", "j"}, {"k", "k"}, {"l", "l"}, {"m", "m"}, {"n", "n"},
    {"o", "o"}, {"p", "p"}, {"q", "q"}, {"r", "r"}, {"s", "s"}, {"t", "t"}, {"u", "u"},
    {"v", "v"}, {"w", "w"}, {"x", "x"}, {"y", "y"}, {"z", "z"},
    {"A", "ɑ"}, {"B", "β"}, {"C", "ç"}, {"D", "ð"}, {"E", "ɛ"}, {"F", "ɱ"}, {"G", "ɣ"},
    {"H", "ɥ"}, {"I", "ɪ"}, {"J", "ɲ"}, {"K", "ɬ"}, {"L", "ʎ"}, {"M", "ɯ"}, {"N", "ŋ"},
    {"O", "ɔ"}, {"P", "ʋ"}, {"Q", "ɒ"}, {"R", "ʁ"}, {"S", "ʃ"}, {"T", "θ"}, {"U", "ʊ"},
    {"V", "ʌ"}, {"W", "ʍ"}, {"X", "χ"}, {"Y", "ʏ"}, {"Z", "ʒ"},
    {"{", "æ"}, {"}", "ʉ"}, {"1", "ɨ"}, {"2", "ø"}, {"3", "ɜ"}, {"4", "ɾ"}, {"5", "ɫ"},
    {"6", "ɐ"}, {"7", "ɤ"}, {"8", "ɵ"}, {"9", "œ"}, {"&", "ɶ"}, {"?", "ʔ"}, {"@", "ə"},
    {"@`", "ɚ"}, {"3`", "ɝ"}, {"r\\", "ɹ"}, {"r\\`", "ɻ"}, {"r`", "ɽ"}, {"s`", "ʂ"},
    {"z`", "ʐ"}, {"t`", "ʈ"}, {"d`", "ɖ"}, {"n`", "ɳ"}, {"l`", "ɭ"}, {"s\\", "ɕ"},
    {"z\\", "ʑ"}, {"x\\", "ɧ"}, {"j\\", "ʝ"}, {"h\\", "ɦ"}, {"R\\", "ʀ"}, {"?\\", "ʕ"},
    {"X\\", "ħ"}, {"N\\", "ɴ"}, {"G\\", "ɢ"}, {"L\\", "ʟ"}, {"B\\", "ʙ"}, {"p\\", "ɸ"},
    {"v\\", "ʋ"}, {"M\\", "ɰ"}, {"I\\", "ᵻ"}, {"U\\", "ᵿ"}, {"K\\", "ɮ"}, {"l\\", "ɺ"},
    {"J\\", "ɟ"}, {"@\\", "ɘ"}, {"3\\", "ɞ"}, {"H\\", "ʜ"},
    {"\"", "ˈ"}, {"%", "ˌ"}, {":", "ː"}, {":\\", "ˑ"}, {".", "."}, {"-", ""},
    {"_h", "ʰ"}, {"_j", "ʲ"}, {"_w", "ʷ"}, {"_0", "\u0325"}, {"_^", "\u032F"},
    {"=", "\u0329"}, {"_=", "\u0329"}, {"~", "\u0303"}, {"_~", "\u0303"}, {"`", "˞"},
    {"_t", "\u0324"}, {"_d", "\u032A"}, {"_G", "ˠ"}, {"_?\\", "ˤ"}, {"_n", "ⁿ"},
    {"_l", "ˡ"}, {"_}", "\u031A"}, {"_", "\u0361"}, {" ", " "}, {"'", "ʲ"},
};
// clang-format on

}  // namespace

XSampaConversion XSampaToIpa(std::string_view xsampa) {
  XSampaConversion out;
  for (size_t i = 0; i < xsampa.size();) {
    size_t best = 0;
    std::string_view ipa;
    for (const auto& [symbol, value] : kXSampa) {
      if (symbol.size() > best && xsampa.substr(i, symbol.size()) == symbol) {
        best = symbol.size();
        ipa = value;
      }
    }
    if (best == 0) {
      const std::string symbol(1, xsampa[i]);
      if (std::find(out.unknown.begin(), out.unknown.end(), symbol) == out.unknown.end()) {
        out.unknown.push_back(symbol);
      }
      ++i;
      continue;
    }
    out.ipa += ipa;
    i += best;
  }
  return out;
}

}  // namespace spoken
