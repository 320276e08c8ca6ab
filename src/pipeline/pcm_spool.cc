#include "pipeline/pcm_spool.h"

#include <cerrno>
#include <cstring>
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

Status PcmSpool::Replay(const PcmSink& sink) {
  if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) {
    return IoError(std::string("cannot read the audio's temporary file: ") + std::strerror(errno));
  }
  std::vector<int16_t> piece(32768);
  Status status = Status::Ok();
  for (int64_t left = samples_; left > 0 && status.ok();) {
    const size_t want =
        static_cast<size_t>(std::min<int64_t>(left, static_cast<int64_t>(piece.size())));
    if (std::fread(piece.data(), sizeof piece[0], want, file_.get()) != want) {
      status = IoError("the audio's temporary file ended early");
      break;
    }
    left -= static_cast<int64_t>(want);
    status = sink(piece.data(), want);
  }
  std::fseek(file_.get(), 0, SEEK_END);
  return status;
}

}  // namespace spoken
