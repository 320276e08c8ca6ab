// The bound on how much audio one article may make (`limits: max_audio_minutes` in
// spoken.yaml), checked before synthesis from an estimate, so that an overlong article
// fails in a second instead of after hours of synthesis, and checked again, exactly, after.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "speech/voice.h"
#include "text/script.h"

namespace spoken {

/// The audio `script` would make with `voice`, in ms, estimated before synthesis: its spoken
/// words at the voice's rate_wpm, plus the voice's pauses after every sentence, block and
/// section (an upper bound on the pauses: the last ones overlap). On the sample article the
/// estimate is within a quarter of the audio made (see tests/pipeline_audio_limit_test.cc).
int64_t EstimateAudioMs(const Script& script, const VoiceProfile& voice);

/// Ok when `audio_ms` is at most `max_minutes`; otherwise kInvalidInput naming the article:
/// "PATH: WHAT is M minutes of audio, over the limit of N minutes (limits:
/// max_audio_minutes in spoken.yaml)", WHAT saying how the length was found.
Status CheckAudioLimit(const std::string& source_path, int64_t audio_ms, int max_minutes,
                       const std::string& what);

}  // namespace spoken
