// MP3 streams encoded apart (in parallel, one per segment of an article) joined into one
// file that decoders play gaplessly from a single Xing/LAME header.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

/// What the Xing/LAME header frame at the start of an MPEG Layer III stream says.
struct Mp3StreamInfo {
  size_t header_bytes = 0;    // the header frame, which carries no audio
  int64_t frames = 0;         // audio frames after it
  int samples_per_frame = 0;  // 576 for MPEG-2 (16-24 kHz), 1152 for MPEG-1
  int encoder_delay = 0;      // samples decoders drop at the start (the LAME tag's figure)
  int encoder_padding = 0;    // samples decoders drop at the end
  int64_t DecodedSamples() const {
    return frames * samples_per_frame - encoder_delay - encoder_padding;
  }
};

/// Reads the header frame of `mp3` (a stream as EncodeMp3 makes it: a Xing or Info frame
/// with all four fields and a LAME tag, then the audio frames) and checks that its audio
/// frames fill the rest exactly. kEngine when it is not such a stream.
Result<Mp3StreamInfo> ReadMp3Stream(const std::vector<uint8_t>& mp3);

/// Writes streams encoded apart with the same settings one after another into one file.
///
/// Each stream's encoder started with an empty bit reservoir, so its first frame borrows
/// no bytes from the frames before it and the frames can simply follow each other. A
/// decoder drops only the first stream's delay and the last one's padding, so the joined
/// audio also holds, at each join, the earlier stream's padding and the later one's delay:
/// the audio of stream k starts at the sum of the earlier streams' whole frames (frames x
/// samples per frame) in the decoded file, which Append returns so that the caller can
/// count what the join added (near silence, when the cut is in silence).
class Mp3Joiner {
 public:
  /// Creates (or truncates) `path`. kIo naming the file when it cannot.
  static Result<std::unique_ptr<Mp3Joiner>> Open(const std::string& path);
  ~Mp3Joiner();
  Mp3Joiner(const Mp3Joiner&) = delete;
  Mp3Joiner& operator=(const Mp3Joiner&) = delete;

  /// Appends the audio frames of `mp3` (checked with ReadMp3Stream; the first stream's
  /// header frame is the model for the joined one). Returns the sample at which its audio
  /// starts in the joined file's decoded audio. kEngine for a stream that is not one or
  /// whose format differs from the first one's.
  Result<int64_t> Append(const std::vector<uint8_t>& mp3);

  /// Writes the header frame for the whole at the start: total frames and bytes, a seek
  /// table, the first stream's delay and the last one's padding, the LAME tag's CRCs.
  /// Returns the joined file's decoded length in samples. Call once, after an Append.
  Result<int64_t> Close();

 private:
  struct Mark {  // where a stream's audio frames start in the file
    int64_t frames = 0;
    int64_t bytes = 0;
  };
  Mp3Joiner(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {}
  std::vector<uint8_t> SeekTable() const;

  struct Closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, Closer> file_;
  std::string path_;
  std::vector<uint8_t> header_;  // the first stream's header frame
  Mp3StreamInfo first_, last_;
  int64_t frames_ = 0;
  int64_t bytes_ = 0;  // of the file, header frame included
  uint16_t music_crc_ = 0;
  std::vector<Mark> marks_;  // one per stream: O(streams), not O(frames)
};

}  // namespace spoken
