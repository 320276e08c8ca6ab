#include "pronounce/ipa_to_espeak.h"

#include <algorithm>

#include "pronounce/utf8.h"

namespace spoken {
namespace {

// The phoneme names come from eSpeak NG 1.51's phsource/ph_english and the base table it
// inherits; each was checked by feeding [[name]] to espeak_TextToPhonemes in IPA mode.
// Where eSpeak's English table lacks a phoneme, the row names the nearest one it has.
// A table reads best as rows of several entries.
// clang-format off
const std::vector<IpaSymbol> kTable = {
    // Vowels and diphthongs (longest sequences first is not needed: matching is longest-match).
    {"iː", "i:", false}, {"i", "i", false}, {"ɪ", "I", false}, {"ᵻ", "I#", false},
    {"ɨ", "I#", true}, {"e", "e", false}, {"eː", "e:", false}, {"ɛ", "E", false},
    {"ɛː", "E:", false}, {"æ", "a", false}, {"a", "a", false}, {"aː", "A:", true},
    {"ɐ", "a#", false}, {"ɑ", "A:", false}, {"ɑː", "A:", false}, {"ɒ", "0", false},
    {"ɔ", "O", false}, {"ɔː", "O:", false}, {"o", "o", false}, {"oː", "o:", false},
    {"ʊ", "U", false}, {"u", "u", false}, {"uː", "u:", false}, {"ʉ", "u:", true},
    {"ʉː", "u:", true}, {"ʌ", "V", false}, {"ə", "@", false}, {"ɚ", "3", false},
    {"ɜ", "3:", false}, {"ɜː", "3:", false}, {"ɝ", "3:", false}, {"ɝː", "3:", false},
    {"ɘ", "@", true}, {"ɵ", "@", true}, {"ɤ", "V", true}, {"ɯ", "u:", true},
    {"y", "u:", true}, {"yː", "u:", true}, {"ʏ", "U", true}, {"ø", "3:", true},
    {"øː", "3:", true}, {"œ", "3:", true}, {"ɶ", "a", true}, {"ɞ", "3:", true},
    {"eɪ", "eI", false}, {"aɪ", "aI", false}, {"ɑɪ", "aI", true}, {"aʊ", "aU", false},
    {"ɑʊ", "aU", true}, {"oʊ", "oU", false}, {"əʊ", "oU", false}, {"ɔɪ", "OI", false},
    {"ɪə", "i@", false}, {"iə", "i@", false}, {"ɛə", "e@", false}, {"eə", "e@", false},
    {"ʊə", "U@", false}, {"aɪə", "aI@", false},
    {"ɑ̃", "A~", false}, {"ɔ̃", "O~", false}, {"ɛ̃", "E", true}, {"œ̃", "3:", true},
    {"ã", "A~", true}, {"õ", "O~", true},
    // Syllabic consonants.
    {"n̩", "n-", false}, {"l̩", "l-", false}, {"m̩", "m-", false}, {"ɫ̩", "l-", false},
    {"ɹ̩", "3", true}, {"ŋ̍", "N", true}, {"ŋ̩", "N", true}, {"n̍", "n-", false},
    {"l̍", "l-", false}, {"m̍", "m-", false},
    // Consonants.
    {"p", "p", false}, {"b", "b", false}, {"t", "t", false}, {"d", "d", false},
    {"k", "k", false}, {"ɡ", "g", false}, {"g", "g", false}, {"f", "f", false},
    {"v", "v", false}, {"θ", "T", false}, {"ð", "D", false}, {"s", "s", false},
    {"z", "z", false}, {"ʃ", "S", false}, {"ʒ", "Z", false}, {"h", "h", false},
    {"m", "m", false}, {"n", "n", false}, {"ŋ", "N", false}, {"l", "l", false},
    {"ɫ", "L", false}, {"ɹ", "r", false}, {"r", "r", false}, {"ɾ", "*", false},
    {"j", "j", false}, {"w", "w", false}, {"tʃ", "tS", false}, {"dʒ", "dZ", false},
    {"ts", "ts", false}, {"dz", "dz", false}, {"ʔ", "?", false}, {"x", "x", false},
    {"ç", "C", false}, {"ɣ", "Q", false}, {"χ", "X", false}, {"ɕ", "S;", false},
    {"ʑ", "Z;", false}, {"tɕ", "tS;", false}, {"dʑ", "dZ;", false}, {"ʂ", "s.", false},
    {"ʐ", "z.", false}, {"tʂ", "ts.", false}, {"ʈʂ", "ts.", false}, {"dʐ", "dz.", false},
    {"ɖʐ", "dz.", false}, {"ɲ", "n^", false}, {"ʎ", "l^", false}, {"ɟ", "J", false},
    {"c", "c", false}, {"q", "q", false}, {"β", "B", false}, {"ɬ", "l#", false},
    {"ʀ", "r\"", false}, {"ɳ", "n.", false}, {"ɭ", "l.", false},
    {"ʍ", "w", true}, {"ʁ", "Q", true}, {"ɸ", "f", true}, {"ʋ", "v", true},
    {"ɰ", "w", true}, {"ɦ", "h", true}, {"ħ", "h", true}, {"ʕ", "?", true},
    {"ʈ", "t", true}, {"ɖ", "d", true}, {"ɻ", "r", true}, {"ɽ", "r", true},
    {"ɴ", "N", true}, {"ɢ", "g", true}, {"ʝ", "j", true}, {"ʙ", "r", true},
    {"ɧ", "S", true}, {"ɥ", "w", true}, {"ɮ", "l", true}, {"ʟ", "l", true},
    {"ɺ", "l", true}, {"ʜ", "h", true}, {"ʡ", "?", true},
    // Obsolete ligatures still found in older lexicons, and the rhotic hook on its own.
    {"ʧ", "tS", false}, {"ʤ", "dZ", false}, {"ʦ", "ts", false}, {"ʣ", "dz", false},
    {"˞", "r", true},
};
// clang-format on

constexpr size_t kLongestIpa = 3;  // code points in the longest table key

bool IsTie(char32_t c) { return c == 0x0361 || c == 0x035C || c == 0x032F; }

// Marks that change nothing in eSpeak's input, dropped with a note.
bool IsDroppedMark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) ||  // combining diacritics
         c == U'ʰ' || c == U'ʲ' || c == U'ʷ' || c == U'ˠ' || c == U'ˤ' || c == U'ⁿ' || c == U'ˡ' ||
         c == U'ː' || c == U'ˑ' || c == U'˘' ||
         (c >= 0x02E5 && c <= 0x02E9) ||  // tone letters ˥ ˦ ˧ ˨ ˩
         (c >= U'1' && c <= U'5') || c == U'↗' || c == U'↘' || c == U'ꜛ' || c == U'ꜜ';
}

bool IsWordBreak(char32_t c) { return c == U' ' || c == U'|' || c == U'‖' || c == U'\t'; }
bool IsSilent(char32_t c) { return c == U'.' || c == U'‿' || c == U'-'; }

bool IsVowelMnemonic(std::string_view m) {
  return !m.empty() && std::string_view("aAeEiIoOuUV@30yYW").find(m[0]) != std::string_view::npos;
}

// True when `a` followed by `b` could be read by eSpeak as one longer phoneme name.
bool RunsTogether(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (IsVowelMnemonic(a) && IsVowelMnemonic(b)) return true;
  const std::string joined = std::string(a) + b[0];
  for (const IpaSymbol& row : kTable) {
    if (row.espeak.size() > a.size() && row.espeak.substr(0, joined.size()) == joined) return true;
  }
  return false;
}

// True when the next sound after `at` (past stress marks and syllable dots) is an r.
bool RBeforeNextVowel(const std::u32string& text, size_t at) {
  while (at < text.size() && (text[at] == U'ˈ' || text[at] == U'ˌ' || text[at] == U'.')) ++at;
  return at < text.size() && (text[at] == U'ɹ' || text[at] == U'r');
}

void AddOnce(std::vector<std::string>& list, std::string item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

// Precomposed letters that are a table symbol plus a combining mark.
std::u32string Decompose(std::u32string_view text) {
  std::u32string out;
  for (char32_t c : text) {
    switch (c) {
      case U'ẽ':
        out += U"e\u0303";
        break;
      case U'ĩ':
        out += U"i\u0303";
        break;
      case U'ũ':
        out += U"u\u0303";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const IpaSymbol* LongestMatch(const std::u32string& text, size_t at, size_t& length) {
  for (size_t n = std::min(kLongestIpa, text.size() - at); n > 0; --n) {
    const std::string key = EncodeUtf8(text.substr(at, n));
    for (const IpaSymbol& row : kTable) {
      if (row.ipa == key) {
        length = n;
        return &row;
      }
    }
  }
  return nullptr;
}

}  // namespace

const std::vector<IpaSymbol>& IpaSymbolTable() { return kTable; }

IpaConversion IpaToEspeak(std::string_view ipa, std::string_view /*language*/) {
  IpaConversion out;
  std::u32string text;
  for (char32_t c : DecodeUtf8(ipa)) {
    if (!IsTie(c)) text += c;
  }
  text = Decompose(text);
  std::string previous;  // last phoneme mnemonic in the current word
  for (size_t i = 0; i < text.size();) {
    const char32_t c = text[i];
    if (c == U'ˈ' || c == U'\'' || c == U'ˌ') {
      out.espeak += (c == U'ˌ') ? ',' : '\'';
      previous.clear();
      ++i;
      continue;
    }
    if (IsWordBreak(c)) {
      if (!out.espeak.empty() && out.espeak.back() != ' ') out.espeak += ' ';
      previous.clear();
      ++i;
      continue;
    }
    if (IsSilent(c)) {
      ++i;
      continue;
    }
    size_t length = 0;
    if (const IpaSymbol* row = LongestMatch(text, i, length)) {
      if (row->approximate)
        AddOnce(out.approximated, std::string(row->ipa) + " -> " + std::string(row->espeak));
      std::string_view mnemonic = row->espeak;
      if (mnemonic == "@" && RBeforeNextVowel(text, i + length)) {
        mnemonic = "@2";  // en-us turns "@" before r into ɚ; "@2" stays ə
      }
      if (!mnemonic.empty()) {
        if (RunsTogether(previous, mnemonic)) out.espeak += '|';
        out.espeak += mnemonic;
        previous = mnemonic;
      }
      i += length;
      continue;
    }
    if (IsDroppedMark(c)) {
      AddOnce(out.approximated, EncodeUtf8(std::u32string(1, c)) + " -> (dropped)");
    } else {
      AddOnce(out.unknown, EncodeUtf8(std::u32string(1, c)));
    }
    ++i;
  }
  while (!out.espeak.empty() && out.espeak.back() == ' ') out.espeak.pop_back();
  return out;
}

}  // namespace spoken
