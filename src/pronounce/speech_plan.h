// SpeechPlan: what the pronouncer (pronounce/) produces and the synthesizer (speech/) consumes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace spoken {

/// Where a sentence changes language part way (an inline passage starts, or it ends and the
/// sentence's own language resumes): from code point `first_code_point` of
/// Utterance::engine_input up to the next change, the text is in `language`.
struct LanguageChange {
  size_t first_code_point = 0;
  std::string language;  // BCP 47
};

/// One sentence as the synthesizer must receive it.
struct Utterance {
  size_t section_index = 0;  // indices of the sentence in the Script
  size_t block_index = 0;
  size_t sentence_index = 0;
  std::string engine_input;  // eSpeak NG SSML input: article text escaped, hints as [[...]]
  /// For each code point of `engine_input`, and one past the end, the byte offset in the
  /// sentence's spoken text it came from (eSpeak's text_position counts code points).
  /// Code points of a [[...]] hint: "[[", any leading ' and the first phoneme character map
  /// to the replaced word's first byte, the others (and "]]") to one past its last. eSpeak
  /// NG 1.51 puts the WORD event of a hint on its first phoneme character (after a leading
  /// ', on the one after it) with a length that ends inside the hint, so the event covers
  /// exactly the replaced word. A multi-word grapheme whose IPA has as many words gets one
  /// hint per word, so each word keeps its own timing.
  std::vector<uint32_t> spoken_offsets;
  std::string language;                          // BCP 47 of this sentence's voice
  std::vector<LanguageChange> language_changes;  // in order; empty when all is in `language`
  size_t engine_changes = 0;  // characters dropped or spaces added (pronounce/engine_guard.h)
};

/// Where a hint was applied: a byte range of one sentence's display text.
struct TermOccurrence {
  std::string sentence_id;
  size_t display_begin = 0;
  size_t display_end = 0;
};

/// A pronunciation hint that took effect, for the manifest and the transcript glossary.
struct PronunciationUse {
  std::string term;        // grapheme as written in the lexicon
  std::string ipa;         // the lexicon's IPA
  std::string respelling;  // plain respelling for readers, e.g. "os-tee-oh-KAL-sin"
  std::string alias;       // for an alias entry (ipa and respelling empty): what is said
  std::string lexicon;     // file the entry came from
  int lexicon_line = 0;    // line of the lexeme in that file
  int count = 0;           // how many times it was applied
  std::vector<TermOccurrence> occurrences;  // in reading order
};

struct SpeechPlan {
  std::vector<Utterance> utterances;  // exactly the Script's sentences, in reading order
  std::vector<PronunciationUse> pronunciations;
};

}  // namespace spoken
