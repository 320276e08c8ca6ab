// Sample counts become milliseconds only here, so every writer rounds the same way and the
// manifest, captions, chapters and ID3 frames agree to the millisecond.
#pragma once

#include <cstdint>
#include <string>

namespace spoken {

/// `samples` at `sample_rate_hz` in whole milliseconds, rounded to nearest.
inline int64_t SamplesToMs(int64_t samples, int sample_rate_hz) {
  return (samples * 1000 + sample_rate_hz / 2) / sample_rate_hz;
}

/// "hh:mm:ss.mmm" (WebVTT; hours always two digits or more).
std::string FormatClockMs(int64_t ms);

/// "h:mm:ss" or "m:ss", as a person reads a time stamp.
std::string FormatShortClockMs(int64_t ms);

}  // namespace spoken
