#include "pronounce/planner.h"

#include <algorithm>
#include <map>

#include "pronounce/engine_guard.h"
#include "pronounce/respelling.h"
#include "pronounce/utf8.h"

namespace spoken {
namespace {

// Spaces and hyphens/dashes between the words of a multi-word grapheme.
size_t SeparatorLength(std::string_view text, size_t i) {
  return std::min(Utf8Length(static_cast<unsigned char>(text[i])), text.size() - i);
}
bool IsSeparatorAt(std::string_view text, size_t i) {
  const std::u32string c = DecodeUtf8(text.substr(i, SeparatorLength(text, i)));
  return !c.empty() && IsWordSeparator(c[0]);
}

void AppendAscii(std::string_view ascii, uint32_t spoken_offset, Utterance& out) {
  out.engine_input.append(ascii);
  out.spoken_offsets.insert(out.spoken_offsets.end(), ascii.size(), spoken_offset);
}

}  // namespace

void AppendEscaped(std::string_view text, uint32_t base, Utterance& out) {
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const uint32_t offset = base + static_cast<uint32_t>(i);
    switch (c) {
      case '&':
        AppendAscii("&amp;", offset, out);
        ++i;
        continue;
      case '<':
        AppendAscii("&lt;", offset, out);
        ++i;
        continue;
      case '>':
        AppendAscii("&gt;", offset, out);
        ++i;
        continue;
      case '[':
        // "[[" would open phoneme input; a space between the brackets keeps them text.
        if (!out.engine_input.empty() && out.engine_input.back() == '[') {
          AppendAscii(" ", offset, out);
        }
        break;
      default:
        break;
    }
    // A stray continuation byte counts as one code point, as eSpeak counts it.
    const size_t length = std::min(Utf8Length(static_cast<unsigned char>(c)), text.size() - i);
    out.engine_input.append(text.substr(i, length));
    out.spoken_offsets.push_back(offset);
    i += length;
  }
}

void AppendHint(std::string_view mnemonics, uint32_t begin, uint32_t end, Utterance& out) {
  // eSpeak NG gives no WORD event to a hint glued to punctuation ("([[...]]", "\"[[...]]"),
  // and "[" + "[[" would open phoneme input early: a space keeps the hint a word of its own.
  if (!out.engine_input.empty() && out.engine_input.back() != ' ') AppendAscii(" ", begin, out);
  AppendAscii("[[", begin, out);
  size_t first = 0;  // the code point eSpeak's WORD event points at
  while (first < mnemonics.size() && mnemonics[first] == '\'') ++first;
  const size_t split = std::min(first + 1, mnemonics.size());
  AppendAscii(mnemonics.substr(0, split), begin, out);
  AppendAscii(mnemonics.substr(split), end, out);
  AppendAscii("]]", end, out);
}

namespace {

std::vector<std::pair<size_t, size_t>> WordsIn(std::string_view text, size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> words;
  size_t i = begin;
  while (i < end) {
    while (i < end && IsSeparatorAt(text, i)) i += SeparatorLength(text, i);
    if (i >= end) break;
    const size_t start = i;
    while (i < end && !IsSeparatorAt(text, i)) ++i;
    words.emplace_back(start, i);
  }
  return words;
}

std::vector<std::string_view> Split(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i > start) parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// Says spoken [match.begin, match.end) through the entry's mnemonics: one hint per word
// when the grapheme and the IPA have the same number of words, else one for the whole.
void AppendMatch(std::string_view spoken, const LexiconMatch& match, Utterance& out) {
  const auto words = WordsIn(spoken, match.begin, match.end);
  const auto phonemes = Split(match.entry->espeak);
  if (words.size() < 2 || words.size() != phonemes.size()) {
    // One hint, said as one word: a second phoneme word would get a WORD event of its own
    // that maps to no display word.
    std::string joined;
    for (const std::string_view phoneme_word : phonemes) joined += phoneme_word;
    AppendHint(joined, static_cast<uint32_t>(match.begin), static_cast<uint32_t>(match.end), out);
    return;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) {
      AppendEscaped(spoken.substr(words[k - 1].second, words[k].first - words[k - 1].second),
                    static_cast<uint32_t>(words[k - 1].second), out);
    }
    AppendHint(phonemes[k], static_cast<uint32_t>(words[k].first),
               static_cast<uint32_t>(words[k].second), out);
  }
}

// The display range of a hint's spoken bytes. A term inside a rewritten phrase (the "Li"
// of "(Li et al., 2026)" read as "(Li and colleagues, ...)") maps to the whole phrase; where
// the phrase shows the term as said, narrow the range to it, so a link marks only the term.
std::pair<size_t, size_t> DisplayRangeOf(const Sentence& sentence, size_t spoken_begin,
                                         size_t spoken_end) {
  auto [begin, end] = sentence.map.ToDisplay(spoken_begin, spoken_end);
  const std::string_view term =
      std::string_view(sentence.spoken).substr(spoken_begin, spoken_end - spoken_begin);
  const std::string_view shown = std::string_view(sentence.display).substr(begin, end - begin);
  if (shown.size() > term.size()) {
    if (const size_t at = shown.find(term); at != std::string_view::npos) {
      return {begin + at, begin + at + term.size()};
    }
  }
  return {begin, end};
}

class UseRecorder {
 public:
  void Record(const LexiconEntry& entry, const std::string& sentence_id, size_t display_begin,
              size_t display_end) {
    auto [it, added] = index_.try_emplace(&entry, uses_.size());
    if (added) {
      uses_.push_back({.term = entry.grapheme,
                       .ipa = entry.ipa,
                       .respelling = entry.ipa.empty() ? "" : Respell(entry.ipa),
                       .alias = entry.alias,
                       .lexicon = entry.lexicon,
                       .lexicon_line = entry.line});
    }
    PronunciationUse& use = uses_[it->second];
    ++use.count;
    use.occurrences.push_back({sentence_id, display_begin, display_end});
  }
  std::vector<PronunciationUse> Take() { return std::move(uses_); }

 private:
  std::map<const LexiconEntry*, size_t> index_;
  std::vector<PronunciationUse> uses_;
};

// A stretch of one sentence in one language: its own, or an inline passage's.
struct Run {
  size_t spoken_begin = 0, spoken_end = 0;
  size_t display_begin = 0, display_end = 0;
  std::string_view language;
};

// The sentence cut at its passages' edges, in order, empty stretches left out.
std::vector<Run> RunsOf(const Sentence& sentence, std::string_view own_language) {
  std::vector<Run> runs;
  Run own{.language = own_language};
  for (const SentencePassage& passage : sentence.passages) {
    own.spoken_end = passage.spoken_begin;
    own.display_end = passage.display_begin;
    if (own.spoken_end > own.spoken_begin) runs.push_back(own);
    runs.push_back({passage.spoken_begin, passage.spoken_end, passage.display_begin,
                    passage.display_end, passage.language});
    own.spoken_begin = passage.spoken_end;
    own.display_begin = passage.display_end;
  }
  own.spoken_end = sentence.spoken.size();
  own.display_end = sentence.display.size();
  if (own.spoken_end > own.spoken_begin || runs.empty()) runs.push_back(own);
  return runs;
}

// Appends one run of `sentence` to `utterance`: escaped, with the hints of `lexicons` in the
// run's language, guarded for eSpeak NG, and a LanguageChange where its language differs
// from the text before it.
void PlanRun(const Sentence& sentence, const Run& run, const LexiconSet& lexicons,
             UseRecorder& uses, Utterance& utterance) {
  const std::string_view display =
      std::string_view(sentence.display)
          .substr(run.display_begin, run.display_end - run.display_begin);
  for (const LexiconMatch& match :
       lexicons.FindAll(display, PronunciationKind::kAlias, run.language)) {
    uses.Record(*match.entry, sentence.id, run.display_begin + match.begin,
                run.display_begin + match.end);
  }
  const std::string_view spoken = sentence.spoken;
  const std::string_view text = spoken.substr(run.spoken_begin, run.spoken_end - run.spoken_begin);
  Utterance piece;
  size_t position = run.spoken_begin;
  for (LexiconMatch match : lexicons.FindAll(text, PronunciationKind::kPhoneme, run.language)) {
    match.begin += run.spoken_begin;
    match.end += run.spoken_begin;
    AppendEscaped(spoken.substr(position, match.begin - position), static_cast<uint32_t>(position),
                  piece);
    AppendMatch(spoken, match, piece);
    const auto [display_begin, display_end] = DisplayRangeOf(sentence, match.begin, match.end);
    uses.Record(*match.entry, sentence.id, display_begin, display_end);
    position = match.end;
  }
  AppendEscaped(spoken.substr(position, run.spoken_end - position), static_cast<uint32_t>(position),
                piece);
  utterance.engine_changes += GuardEngineInput(piece);
  if (piece.engine_input.empty()) return;
  const std::string_view current =
      utterance.language_changes.empty()
          ? std::string_view(utterance.language)
          : std::string_view(utterance.language_changes.back().language);
  if (run.language != current) {
    utterance.language_changes.push_back(
        {utterance.spoken_offsets.size(), std::string(run.language)});
  }
  // "[" + "[" would open phoneme input across the join.
  if (!utterance.engine_input.empty() && utterance.engine_input.back() == '[' &&
      piece.engine_input.front() == '[') {
    AppendAscii(" ", piece.spoken_offsets.front(), utterance);
  }
  utterance.engine_input += piece.engine_input;
  utterance.spoken_offsets.insert(utterance.spoken_offsets.end(), piece.spoken_offsets.begin(),
                                  piece.spoken_offsets.end());
}

}  // namespace

SpeechPlan PlanSpeech(const Script& script) { return PlanSpeech(script, LexiconSet()); }

SpeechPlan PlanSpeech(const Script& script, const LexiconSet& lexicons) {
  SpeechPlan plan;
  UseRecorder uses;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    const ScriptSection& section = script.sections[s];
    for (size_t b = 0; b < section.blocks.size(); ++b) {
      const ScriptBlock& block = section.blocks[b];
      for (size_t n = 0; n < block.sentences.size(); ++n) {
        const Sentence& sentence = block.sentences[n];
        Utterance utterance{.section_index = s, .block_index = b, .sentence_index = n};
        utterance.language = LanguageOf(block, script.info);
        for (const Run& run : RunsOf(sentence, utterance.language)) {
          PlanRun(sentence, run, lexicons, uses, utterance);
        }
        utterance.spoken_offsets.push_back(static_cast<uint32_t>(sentence.spoken.size()));
        plan.utterances.push_back(std::move(utterance));
      }
    }
  }
  plan.pronunciations = uses.Take();
  return plan;
}

}  // namespace spoken
