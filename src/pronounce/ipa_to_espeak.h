// IPA -> eSpeak NG phoneme mnemonics, for [[...]] phoneme input (standards.md §5).
// eSpeak NG reads no IPA (issues #27, #617), so every lexicon pronunciation passes here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spoken {

/// One row of the converter's table: an IPA sequence and the mnemonic it becomes.
struct IpaSymbol {
  std::string_view ipa;     // UTF-8, ties removed ("tʃ", "oʊ", "n̩")
  std::string_view espeak;  // eSpeak NG mnemonic ("tS", "oU", "n-"); "" drops the symbol
  bool approximate;         // eSpeak's English table has no such phoneme: nearest one
};

/// The result of converting one IPA transcription.
struct IpaConversion {
  /// Mnemonics ready to go between [[ and ]]: stress as ' and , ; words separated by one
  /// space; '|' between phonemes whose names would otherwise run together.
  std::string espeak;
  /// Symbols mapped to a nearest phoneme, each once, as "ʏ -> I" (for warnings).
  std::vector<std::string> approximated;
  /// Code points the converter does not know at all; they are dropped.
  std::vector<std::string> unknown;
};

/// Converts `ipa` (UTF-8; stress marks ˈ ˌ, length ː ˑ, syllable dots, tie bars, spaces
/// between words, combining diacritics) into eSpeak NG mnemonics for a voice of
/// `language` (BCP 47). The table is eSpeak's English one (phsource/ph_english, which
/// inherits the shared base table), so it fits every en-* voice; other languages get the
/// same table. Never fails: what cannot be mapped is listed in `approximated`/`unknown`.
/// Thread-safe (pure function).
IpaConversion IpaToEspeak(std::string_view ipa, std::string_view language);

/// The whole table, for reports and tests.
const std::vector<IpaSymbol>& IpaSymbolTable();

}  // namespace spoken
