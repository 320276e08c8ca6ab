#include "pipeline/pcm_spool.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace spoken {

Result<std::unique_ptr<PcmSpool>> PcmSpool::Create() {
  std::FILE* file = std::tmpfile();
  if (file == nullptr) {
    return IoError(std::string("cannot create a temporary file for the audio: ") +
                   std::strerror(errno));
  }
  return std::unique_ptr<PcmSpool>(new PcmSpool(file));
}

Status PcmSpool::Append(const int16_t* samples, size_t count) {
  if (std::fwrite(samples, sizeof *samples, count, file_.get()) != count) {
    return IoError(std::string("cannot write the audio's temporary file: ") + std::strerror(errno));
  }
  samples_ += static_cast<int64_t>(count);
  return Status::Ok();
}

Status PcmSpool::Finish() {
  if (std::fflush(file_.get()) != 0) {
    return IoError(std::string("cannot write the audio's temporary file: ") + std::strerror(errno));
  }
  return Status::Ok();
}

Status PcmSpool::Replay(int64_t first, int64_t count, const PcmSink& sink) const {
  if (first < 0 || count < 0 || first + count > samples_) {
    return IoError("the audio's temporary file holds no samples " + std::to_string(first) + "+" +
                   std::to_string(count));
  }
  std::vector<int16_t> piece(32768);
  const int descriptor = fileno(file_.get());
  for (int64_t done = 0; done < count;) {
    const size_t want =
        static_cast<size_t>(std::min<int64_t>(count - done, static_cast<int64_t>(piece.size())));
    const auto bytes = static_cast<ssize_t>(want * sizeof piece[0]);
    const off_t offset = static_cast<off_t>((first + done) * static_cast<int64_t>(sizeof piece[0]));
    if (::pread(descriptor, piece.data(), static_cast<size_t>(bytes), offset) != bytes) {
      return IoError("cannot read the audio's temporary file");
    }
    done += static_cast<int64_t>(want);
    if (Status status = sink(piece.data(), want); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace spoken
