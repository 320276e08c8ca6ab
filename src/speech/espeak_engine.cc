#include "speech/espeak_engine.h"

#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include "core/ascii.h"

namespace spoken {
namespace {

std::atomic<bool> engine_alive{false};
int library_sample_rate_hz = 0;  // set by the one espeak_Initialize of this process

int CollectOutput(short* wav, int sample_count, espeak_EVENT* events) {
  auto* output = static_cast<EngineOutput*>(events->user_data);
  for (espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
    EngineEvent event;
    switch (e->type) {
      case espeakEVENT_WORD:
        event.type = EngineEvent::Type::kWord;
        break;
      case espeakEVENT_SENTENCE:
        event.type = EngineEvent::Type::kSentence;
        break;
      case espeakEVENT_END:
        event.type = EngineEvent::Type::kEnd;
        break;
      case espeakEVENT_MARK:
        event.type = EngineEvent::Type::kMark;
        event.name = e->id.name ? e->id.name : "";
        break;
      default:
        continue;  // sample-rate, play and phoneme events carry nothing we use
    }
    event.sample = e->sample;
    event.text_position = e->text_position;
    event.length = e->length;
    output->events.push_back(std::move(event));
  }
  if (wav != nullptr && sample_count > 0)
    output->pcm.insert(output->pcm.end(), wav, wav + sample_count);
  return 0;
}

}  // namespace

Result<std::unique_ptr<EspeakEngine>> EspeakEngine::Create(const std::string& data_path) {
  if (engine_alive.exchange(true)) {
    return EngineError("an eSpeak NG engine already exists in this process");
  }
  if (library_sample_rate_hz == 0) {
    library_sample_rate_hz = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                               data_path.empty() ? nullptr : data_path.c_str(),
                                               espeakINITIALIZE_DONT_EXIT);
  }
  if (library_sample_rate_hz <= 0) {
    library_sample_rate_hz = 0;
    engine_alive = false;
    return EngineError("eSpeak NG could not start (data path: " +
                       (data_path.empty() ? std::string("system default") : data_path) + ")");
  }
  espeak_SetSynthCallback(CollectOutput);
  return std::unique_ptr<EspeakEngine>(new EspeakEngine(library_sample_rate_hz));
}

// eSpeak NG 1.51 deadlocks in espeak_Terminate when it was terminated and initialized
// again in the same process (seen in our tests), so the library stays initialized until
// the process exits; the engine owns exclusive use of it, not its lifetime.
EspeakEngine::~EspeakEngine() { engine_alive = false; }

Status EspeakEngine::SetVoice(const VoiceProfile& voice) {
  if (espeak_SetVoiceByName(voice.espeak_voice.c_str()) != EE_OK) {
    return NotFound("eSpeak NG has no voice '" + voice.espeak_voice + "' (voice profile " +
                    voice.name + ")");
  }
  espeak_SetParameter(espeakRATE, voice.rate_wpm, 0);
  espeak_SetParameter(espeakPITCH, voice.pitch, 0);
  espeak_SetParameter(espeakRANGE, voice.pitch_range, 0);
  return Status::Ok();
}

Result<EngineOutput> EspeakEngine::Synthesize(std::string_view ssml) {
  EngineOutput output;
  const std::string input(ssml);  // eSpeak needs a NUL-terminated buffer
  const espeak_ERROR error =
      espeak_Synth(input.c_str(), input.size() + 1, 0, POS_CHARACTER, 0,
                   espeakCHARS_UTF8 | espeakSSML | espeakPHONEMES, nullptr, &output);
  // In synchronous mode espeak_Synth returns when all audio has been delivered.
  if (error != EE_OK)
    return EngineError("eSpeak NG refused the text (error " + std::to_string(error) + ")");
  return output;
}

std::string EspeakEngine::TextToPhonemes(std::string_view text, bool ipa) {
  const std::string input(text);
  const void* cursor = input.c_str();
  std::string phonemes;
  while (cursor != nullptr) {
    const char* clause =
        espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, ipa ? espeakPHONEMES_IPA : 0);
    if (clause == nullptr) break;
    if (!phonemes.empty() && *clause != '\0') phonemes += ' ';
    phonemes += clause;
  }
  return phonemes;
}

std::string EspeakEngine::InputToIpa(std::string_view engine_input) {
  EngineOutput discarded;
  espeak_Synth(" ", 2, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML | espeakPHONEMES, nullptr,
               &discarded);  // synchronous: returns when done, as Synthesize
  return TextToPhonemes(engine_input, true);
}

std::string EspeakEngine::HintToIpa(std::string_view mnemonics) {
  return InputToIpa("[[" + std::string(mnemonics) + "]]");
}

EspeakEngine::WordTrace EspeakEngine::TraceWord(std::string_view word) {
  WordTrace result;
  char* buffer = nullptr;
  size_t size = 0;
  FILE* trace = open_memstream(&buffer, &size);
  if (trace == nullptr) {
    result.ipa = TextToPhonemes(word, true);
    return result;
  }
  espeak_SetPhonemeTrace(espeakPHONEMES_TRACE, trace);
  result.ipa = TextToPhonemes(word, true);
  espeak_SetPhonemeTrace(0, nullptr);
  std::fclose(trace);
  const std::string text(buffer, size);
  std::free(buffer);
  result.dictionary = text.find("Found: '" + AsciiLower(word) + "'") != std::string::npos;
  return result;
}

}  // namespace spoken
