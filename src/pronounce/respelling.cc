#include "pronounce/respelling.h"

#include <cctype>
#include <vector>

#include "pronounce/utf8.h"

namespace spoken {
namespace {

struct Sound {
  std::string_view ipa;
  std::string_view letters;
  bool vowel;
};

// Longest IPA first within each group is not required: matching takes the longest key.
const Sound kSounds[] = {
    {"aɪə", "eye-uh", true}, {"aʊə", "ow-uh", true}, {"eɪ", "ay", true},  {"aɪ", "eye", true},
    {"ɑɪ", "eye", true},     {"aʊ", "ow", true},     {"oʊ", "oh", true},  {"əʊ", "oh", true},
    {"ɔɪ", "oy", true},      {"ɪə", "eer", true},    {"iə", "eer", true}, {"ɛə", "air", true},
    {"eə", "air", true},     {"ʊə", "oor", true},    {"iː", "ee", true},  {"i", "ee", true},
    {"ɪ", "i", true},        {"ᵻ", "i", true},       {"e", "e", true},    {"ɛ", "e", true},
    {"æ", "a", true},        {"a", "a", true},       {"ɑː", "ah", true},  {"ɑ", "ah", true},
    {"ɒ", "o", true},        {"ɔː", "aw", true},     {"ɔ", "aw", true},   {"o", "oh", true},
    {"ʊ", "uu", true},       {"uː", "oo", true},     {"u", "oo", true},   {"ʌ", "u", true},
    {"ə", "uh", true},       {"ɐ", "uh", true},      {"ɜː", "ur", true},  {"ɜ", "ur", true},
    {"ɝ", "ur", true},       {"ɚ", "er", true},      {"y", "ew", true},   {"ɤ", "uh", true},
    {"ɨ", "i", true},        {"tʃ", "ch", false},    {"dʒ", "j", false},  {"θ", "th", false},
    {"ð", "dh", false},      {"ʃ", "sh", false},     {"ʒ", "zh", false},  {"ŋ", "ng", false},
    {"j", "y", false},       {"ɡ", "g", false},      {"x", "kh", false},  {"ɹ", "r", false},
    {"ɾ", "t", false},       {"ʔ", "", false},       {"ts", "ts", false}, {"ɕ", "sh", false},
    {"tɕ", "ch", false},     {"ʂ", "sh", false},     {"ʈʂ", "ch", false}, {"ʐ", "r", false},
    {"ɫ", "l", false},
};

struct Unit {
  std::string letters;
  bool vowel = false;
  int stress = 0;             // on a vowel: 2 primary, 1 secondary
  bool break_before = false;  // an explicit syllable boundary (dot or stress mark) precedes
};

std::vector<std::vector<Unit>> Parse(std::string_view ipa) {
  const std::u32string text = DecodeUtf8(ipa);
  std::vector<std::vector<Unit>> words(1);
  int pending_stress = 0;
  bool pending_break = false;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = text[i];
    if (c == U' ') {
      if (!words.back().empty()) words.emplace_back();
      ++i;
      continue;
    }
    if (c == U'ˈ' || c == U'ˌ' || c == U'.') {
      if (c != U'.') pending_stress = c == U'ˈ' ? 2 : 1;
      pending_break = true;
      ++i;
      continue;
    }
    const Sound* best = nullptr;
    size_t best_length = 0;
    for (const Sound& sound : kSounds) {
      const std::u32string key = DecodeUtf8(sound.ipa);
      if (key.size() > best_length && text.compare(i, key.size(), key) == 0) {
        best = &sound;
        best_length = key.size();
      }
    }
    Unit unit{.break_before = pending_break};
    pending_break = false;
    if (best != nullptr) {
      unit.letters = best->letters;
      unit.vowel = best->vowel;
      i += best_length;
    } else {
      ++i;
      if (c < 0x80 && std::isalpha(static_cast<int>(c))) {
        unit.letters = std::string(1, static_cast<char>(c));
      } else {
        continue;  // length marks, diacritics, ties, tones
      }
    }
    if (unit.vowel) {
      unit.stress = pending_stress;
      pending_stress = 0;
    }
    words.back().push_back(unit);
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// English onsets of two and three consonants, in respelling letters joined by '+'.
bool IsOnset(const std::vector<Unit>& units, size_t begin, size_t end) {
  if (end - begin <= 1) return true;
  static const char* const kOnsets[] = {
      "p+l", "p+r",   "b+l",   "b+r",   "t+r",   "d+r",   "k+l",   "k+r",  "g+l", "g+r", "f+l",
      "f+r", "th+r",  "sh+r",  "s+p",   "s+t",   "s+k",   "s+m",   "s+n",  "s+l", "s+w", "t+w",
      "d+w", "k+w",   "g+w",   "p+y",   "b+y",   "k+y",   "g+y",   "m+y",  "f+y", "v+y", "h+y",
      "j+y", "s+p+l", "s+p+r", "s+t+r", "s+k+r", "s+k+w", "s+k+y", "s+p+y"};
  std::string key;
  for (size_t i = begin; i < end; ++i) key += (i == begin ? "" : "+") + units[i].letters;
  for (const char* onset : kOnsets) {
    if (key == onset) return true;
  }
  return false;
}

// Where the syllable of the vowel at `vowel` starts, given the consonants [from, vowel)
// after the previous vowel: the longest English onset among them (maximal onset).
size_t OnsetStart(const std::vector<Unit>& units, size_t from, size_t vowel) {
  for (size_t start = from; start < vowel; ++start) {
    if (IsOnset(units, start, vowel)) return start;
  }
  return vowel;
}

std::string RespellWord(const std::vector<Unit>& units) {
  std::vector<size_t> vowels;
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].vowel) vowels.push_back(i);
  }
  if (vowels.empty()) return "";
  // Syllable k starts at starts[k]; consonants before the first vowel join the first.
  std::vector<size_t> starts{0};
  for (size_t k = 1; k < vowels.size(); ++k) {
    size_t start = vowels[k];
    for (size_t i = vowels[k - 1] + 1; i <= vowels[k]; ++i) {
      if (units[i].break_before) start = i;
    }
    if (start == vowels[k]) {
      const size_t from = vowels[k - 1] + 1;
      start = OnsetStart(units, from, vowels[k]);
      // A short vowel (KIT, DRESS, TRAP, LOT, STRUT, FOOT) does not end a syllable in
      // English spelling: it keeps one consonant ("os-tee", "DIS-uh", "path-oh").
      const std::string& before = units[vowels[k - 1]].letters;
      const bool checked = before == "i" || before == "e" || before == "a" || before == "o" ||
                           before == "u" || before == "uu";
      if (checked && start == from && from < vowels[k]) ++start;
    }
    starts.push_back(start);
  }
  std::string out;
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : units.size();
    std::string syllable;
    for (size_t i = starts[k]; i < end; ++i) {
      // PRICE is "eye" on its own ("EYE-ris") and "y" after a consonant ("by-oh").
      const bool open_after_onset = i > starts[k] && i + 1 == end;
      syllable += (units[i].letters == "eye" && open_after_onset) ? "y" : units[i].letters;
    }
    if (units[vowels[k]].stress == 2) syllable = Upper(syllable);
    out += (k == 0 ? "" : "-") + syllable;
  }
  return out;
}

}  // namespace

std::string Respell(std::string_view ipa) {
  std::string out;
  for (const std::vector<Unit>& word : Parse(ipa)) {
    const std::string respelled = RespellWord(word);
    if (respelled.empty()) continue;
    out += (out.empty() ? "" : " ") + respelled;
  }
  return out;
}

}  // namespace spoken
