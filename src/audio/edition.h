// Edition: what the master stage (audio/) produces and the writers (publish/) consume.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "pronounce/speech_plan.h"
#include "speech/timeline.h"
#include "text/script.h"

namespace spoken {

struct AudioInfo {
  std::string file;              // file name of the MP3, relative to the edition folder
  uint64_t bytes = 0;            // size of the tagged MP3
  int64_t duration_samples = 0;  // exact length of the audio (decoders trim encoder padding)
  int sample_rate_hz = 0;
  double loudness_lufs = 0;   // integrated, measured on the decoded MP3, mono as dual mono
  double true_peak_dbtp = 0;  // measured on the decoded MP3
};

/// Everything the writers need: the words, their timings, the audio. The i-th sentence of
/// the Script in reading order is timeline.sentences[i].
struct Edition {
  Script script;
  Timeline timeline;
  AudioInfo audio;
  std::vector<PronunciationUse> pronunciations;
  std::string spoken_version;  // version of spoken that built it
  std::string build_key;       // digest of every input; equal keys mean equal output
  // SHA-256 (hex) of each file written beside the manifest, by file name; the manifest
  // records them so that `spoken audit` sees any change made after the build.
  std::vector<std::pair<std::string, std::string>> file_sha256;
  std::vector<SkippedContent> skipped;       // what the reader left out, in source order
  std::vector<std::string> source_warnings;  // "PATH[:LINE]: ..." about the source: charset,
                                             // bytes that were not UTF-8, flattened nesting
};

}  // namespace spoken
