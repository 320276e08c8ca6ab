// Synthesized audio parked on disk between the passes of the master stage, so that memory
// does not grow with the length of an article.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>

#include "audio/master.h"
#include "core/result.h"

namespace spoken {

/// 16-bit PCM in an anonymous temporary file (std::tmpfile: the system removes it when it
/// is closed, even after a crash). Appended, finished, then replayed in ranges any number
/// of times, from several threads at once. 2 bytes per sample on disk (an hour at
/// 22.05 kHz: 159 MB), a 64 KiB buffer in memory per replay.
class PcmSpool {
 public:
  /// kIo when no temporary file can be made.
  static Result<std::unique_ptr<PcmSpool>> Create();
  PcmSpool(const PcmSpool&) = delete;
  PcmSpool& operator=(const PcmSpool&) = delete;

  /// Not thread-safe; only before Finish.
  Status Append(const int16_t* samples, size_t count);
  /// Ends the appending: what was appended is on disk for Replay.
  Status Finish();
  int64_t samples() const { return samples_; }

  /// Hands samples [first, first + count) to `sink`, in pieces. Stops at the first error
  /// of the sink; kIo when the range is not all there. Thread-safe after Finish.
  Status Replay(int64_t first, int64_t count, const PcmSink& sink) const;

 private:
  struct Closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  explicit PcmSpool(std::FILE* file) : file_(file) {}
  std::unique_ptr<std::FILE, Closer> file_;
  int64_t samples_ = 0;
};

}  // namespace spoken
