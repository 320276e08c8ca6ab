#include "audio/audio_codec.h"

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace spoken {
namespace {

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

// A growable in-memory file for libsndfile's virtual I/O.
struct MemoryFile {
  std::vector<uint8_t> bytes;
  sf_count_t position = 0;
};

sf_count_t Length(void* user) {
  return static_cast<sf_count_t>(static_cast<MemoryFile*>(user)->bytes.size());
}

sf_count_t Seek(sf_count_t offset, int whence, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  const sf_count_t base = whence == SEEK_SET   ? 0
                          : whence == SEEK_CUR ? file->position
                                               : static_cast<sf_count_t>(file->bytes.size());
  file->position = std::max<sf_count_t>(0, base + offset);
  return file->position;
}

sf_count_t Read(void* destination, sf_count_t count, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  const sf_count_t available =
      std::max<sf_count_t>(0, static_cast<sf_count_t>(file->bytes.size()) - file->position);
  const sf_count_t n = std::min(count, available);
  if (n > 0) std::memcpy(destination, file->bytes.data() + file->position, n);
  file->position += n;
  return n;
}

sf_count_t Write(const void* source, sf_count_t count, void* user) {
  auto* file = static_cast<MemoryFile*>(user);
  const size_t end = static_cast<size_t>(file->position + count);
  if (end > file->bytes.size()) file->bytes.resize(end);
  std::memcpy(file->bytes.data() + file->position, source, count);
  file->position += count;
  return count;
}

sf_count_t Tell(void* user) { return static_cast<MemoryFile*>(user)->position; }

SF_VIRTUAL_IO kMemoryIo{Length, Seek, Read, Write, Tell};

// VBR at `config`'s level. The level must be set before the mode, or libsndfile reports
// failure (engine-notes §5).
Status SetMp3Vbr(SNDFILE* file, const Mp3Config& config) {
  double level = config.vbr_level;
  int mode = SF_BITRATE_MODE_VARIABLE;
  if (!sf_command(file, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level) ||
      !sf_command(file, SFC_SET_BITRATE_MODE, &mode, sizeof mode)) {
    return EngineError("libsndfile refused the MP3 VBR settings");
  }
  return Status::Ok();
}

// Writes `samples` as one mono file of `format`; `configure` may set encoder options.
template <typename Configure>
Result<std::vector<uint8_t>> Encode(const std::vector<float>& samples, int sample_rate_hz,
                                    int format, Configure&& configure) {
  MemoryFile file;
  SF_INFO info{};
  info.samplerate = sample_rate_hz;
  info.channels = 1;
  info.format = format;
  {
    SndfileHandle handle(sf_open_virtual(&kMemoryIo, SFM_WRITE, &info, &file));
    if (!handle)
      return EngineError(std::string("libsndfile cannot write: ") + sf_strerror(nullptr));
    if (Status status = configure(handle.get()); !status.ok()) return status.error();
    constexpr size_t kChunk = 4096;
    for (size_t i = 0; i < samples.size(); i += kChunk) {
      const sf_count_t n = static_cast<sf_count_t>(std::min(kChunk, samples.size() - i));
      if (sf_writef_float(handle.get(), samples.data() + i, n) != n) {
        return EngineError(std::string("encoding failed: ") + sf_strerror(handle.get()));
      }
    }
  }  // closing finishes the file (for MP3, the Xing/LAME header at the start)
  return std::move(file.bytes);
}

}  // namespace

Result<std::vector<uint8_t>> EncodeWav(const std::vector<float>& samples, int sample_rate_hz) {
  return Encode(samples, sample_rate_hz, SF_FORMAT_WAV | SF_FORMAT_PCM_16,
                [](SNDFILE*) { return Status::Ok(); });
}

Result<std::vector<uint8_t>> EncodeMp3(const std::vector<float>& samples, int sample_rate_hz,
                                       const Mp3Config& config) {
  return Encode(samples, sample_rate_hz, SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III,
                [&config](SNDFILE* file) { return SetMp3Vbr(file, config); });
}

Result<std::vector<float>> DecodeInMemory(std::vector<uint8_t> bytes, size_t expected_samples) {
  MemoryFile file{std::move(bytes), 0};
  SF_INFO info{};
  SndfileHandle audio(sf_open_virtual(&kMemoryIo, SFM_READ, &info, &file));
  if (!audio) return EngineError(std::string("libsndfile cannot decode: ") + sf_strerror(nullptr));
  constexpr sf_count_t kFrames = 4096;
  std::vector<float> frames(static_cast<size_t>(kFrames * info.channels));
  std::vector<float> first_channel;
  first_channel.reserve(expected_samples);
  sf_count_t count;
  while ((count = sf_readf_float(audio.get(), frames.data(), kFrames)) > 0) {
    if (info.channels == 1) {
      first_channel.insert(first_channel.end(), frames.begin(), frames.begin() + count);
      continue;
    }
    for (sf_count_t f = 0; f < count; ++f)
      first_channel.push_back(frames[static_cast<size_t>(f * info.channels)]);
  }
  return first_channel;
}

Result<int> DecodeAudioFile(const std::string& path, const DecodedChunk& sink,
                            const DecodedFormat& format) {
  SF_INFO info{};
  SndfileHandle audio(sf_open(path.c_str(), SFM_READ, &info));
  if (!audio) {
    return EngineError("libsndfile cannot decode " + path + ": " + sf_strerror(nullptr));
  }
  if (format) {
    if (Status status = format(info.samplerate); !status.ok()) return status.error();
  }
  constexpr sf_count_t kFrames = 4096;
  std::vector<float> frames(static_cast<size_t>(kFrames * info.channels));
  std::vector<float> first_channel(kFrames);
  sf_count_t count;
  while ((count = sf_readf_float(audio.get(), frames.data(), kFrames)) > 0) {
    for (sf_count_t f = 0; f < count; ++f)
      first_channel[f] = frames[static_cast<size_t>(f * info.channels)];
    if (Status status = sink(first_channel.data(), static_cast<size_t>(count)); !status.ok()) {
      return status.error();
    }
  }
  return info.samplerate;
}

}  // namespace spoken
