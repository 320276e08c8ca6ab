// Timeline: what the synthesizer (speech/) produces, in integer samples.
#pragma once

#include <cstdint>
#include <vector>

namespace spoken {

struct WordTiming {
  uint32_t spoken_begin = 0;  // byte range in the sentence's spoken text
  uint32_t spoken_end = 0;
  int64_t start_sample = 0;  // from the start of the edition
  int64_t end_sample = 0;
};

struct SentenceTiming {
  int64_t start_sample = 0;  // first sample of the sentence's speech
  int64_t end_sample = 0;    // one past its last sample, before any pause
  std::vector<WordTiming> words;
};

struct SectionTiming {
  int64_t start_sample = 0;  // start of the section's first sentence
  int64_t end_sample = 0;    // start of the next section, or the end of the edition
};

struct Timeline {
  int sample_rate_hz = 0;
  int64_t total_samples = 0;
  std::vector<SentenceTiming> sentences;  // parallel to SpeechPlan::utterances
  std::vector<SectionTiming> sections;    // parallel to Script::sections
};

}  // namespace spoken
