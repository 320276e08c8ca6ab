// The one place that includes eSpeak NG: an RAII handle on the library's global state.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "speech/voice.h"

namespace spoken {

/// A synthesizer event, positioned in samples from the start of one Synthesize() call.
struct EngineEvent {
  enum class Type { kWord, kSentence, kEnd, kMark };
  Type type = Type::kWord;
  int64_t sample = 0;     // eSpeak's event->sample: exact, unlike audio_position (ms)
  int text_position = 0;  // 1-based code point index into the input, markup included
  int length = 0;         // code points (kWord only)
  std::string name;       // kMark only
};

struct EngineOutput {
  std::vector<int16_t> pcm;  // mono, sample_rate_hz()
  std::vector<EngineEvent> events;
};

/// eSpeak NG in synchronous mode. The library keeps its state in process globals and is not
/// thread-safe (engine-notes §3), so at most one engine exists per process at a time: Create
/// fails while another is alive. Get parallelism from worker processes instead.
/// The library is initialized by the first Create of a process and kept until exit
/// (terminating and re-initializing it deadlocks in 1.51); `data_path` of later Creates is
/// ignored.
class EspeakEngine {
 public:
  /// `data_path` is the folder holding espeak-ng-data ("" for the system's).
  static Result<std::unique_ptr<EspeakEngine>> Create(const std::string& data_path = "");
  ~EspeakEngine();
  EspeakEngine(const EspeakEngine&) = delete;
  EspeakEngine& operator=(const EspeakEngine&) = delete;

  int sample_rate_hz() const { return sample_rate_hz_; }

  /// Selects the voice and its rate and pitch. kNotFound when eSpeak has no such voice.
  Status SetVoice(const VoiceProfile& voice);

  /// Speaks `ssml` (UTF-8, eSpeak SSML with [[phoneme]] input enabled) and returns all its
  /// audio with the word, sentence, end and mark events.
  Result<EngineOutput> Synthesize(std::string_view ssml);

  /// The phonemes eSpeak NG would say for `text` (plain UTF-8, no markup): eSpeak's own
  /// mnemonics, or IPA when `ipa` is true. Clauses are joined with a space.
  std::string TextToPhonemes(std::string_view text, bool ipa);

  /// The IPA eSpeak NG produces for an utterance's input as the planner writes it
  /// (Utterance::engine_input: SSML-escaped text with [[...]] hints), in the current voice.
  /// eSpeak's TextToPhonemes reads [[...]] and entities only while the library's
  /// phoneme-input and SSML options are on, and only espeak_Synth sets them: this method
  /// first synthesizes one silent space (its audio is discarded).
  std::string InputToIpa(std::string_view engine_input);

  /// InputToIpa of one hint: `mnemonics` is what goes between [[ and ]] (words separated by
  /// spaces), so this is what a pronunciation hint will sound like in the current voice.
  std::string HintToIpa(std::string_view mnemonics);

  /// What eSpeak NG does with one word (engine-notes §4).
  struct WordTrace {
    bool dictionary = false;  // found in the voice's dictionary (en_list, ...), not guessed
    std::string ipa;          // the IPA it will say
  };
  /// Traces `word` (UTF-8, no spaces) through espeak_SetPhonemeTrace: a dictionary hit is a
  /// "Found: '<word lowercased>'" line. Letter-to-sound rules leave none.
  WordTrace TraceWord(std::string_view word);

 private:
  explicit EspeakEngine(int sample_rate_hz) : sample_rate_hz_(sample_rate_hz) {}
  int sample_rate_hz_;
};

}  // namespace spoken
