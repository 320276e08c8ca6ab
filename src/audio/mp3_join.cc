#include "audio/mp3_join.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace spoken {
namespace {

// One MPEG audio frame header (ISO 11172-3 / 13818-3), Layer III only.
struct FrameHeader {
  size_t bytes = 0;
  int samples = 0;
  size_t side_info_end = 0;  // offset of the first byte after the header and side info
};

bool ParseFrameHeader(const uint8_t* p, size_t available, FrameHeader* out) {
  if (available < 4 || p[0] != 0xFF || (p[1] & 0xE0) != 0xE0) return false;
  const int version = (p[1] >> 3) & 3;  // 0: MPEG-2.5, 2: MPEG-2, 3: MPEG-1
  const int layer = (p[1] >> 1) & 3;    // 1: Layer III
  const bool crc = (p[1] & 1) == 0;
  const int bitrate_index = p[2] >> 4;
  const int rate_index = (p[2] >> 2) & 3;
  if (version == 1 || layer != 1 || bitrate_index == 0 || bitrate_index == 15 || rate_index == 3) {
    return false;
  }
  static constexpr std::array<int, 15> kMpeg1Kbps = {0,   32,  40,  48,  56,  64,  80, 96,
                                                     112, 128, 160, 192, 224, 256, 320};
  static constexpr std::array<int, 15> kMpeg2Kbps = {0,  8,  16, 24,  32,  40,  48, 56,
                                                     64, 80, 96, 112, 128, 144, 160};
  static constexpr std::array<int, 3> kMpeg1Rates = {44100, 48000, 32000};
  const bool mpeg1 = version == 3;
  const int rate = kMpeg1Rates[rate_index] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
  const int kbps = (mpeg1 ? kMpeg1Kbps : kMpeg2Kbps)[bitrate_index];
  const bool mono = (p[3] >> 6) == 3;
  out->samples = mpeg1 ? 1152 : 576;
  const int bytes = (mpeg1 ? 144000 : 72000) * kbps / rate + ((p[2] >> 1) & 1);
  out->bytes = static_cast<size_t>(bytes);
  out->side_info_end = 4 + (crc ? 2 : 0) + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
  return true;
}

uint32_t BigEndian32(const uint8_t* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3];
}

void PutBigEndian32(uint8_t* p, uint64_t value) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<uint8_t>(value >> (24 - 8 * i));
}

void PutBigEndian16(uint8_t* p, uint16_t value) {
  p[0] = static_cast<uint8_t>(value >> 8);
  p[1] = static_cast<uint8_t>(value);
}

// CRC-16 as the LAME tag uses it (polynomial 0x8005, reflected, initial value 0).
uint16_t Crc16(uint16_t crc, const uint8_t* data, size_t size) {
  static const std::array<uint16_t, 256> table = [] {
    std::array<uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
      unsigned value = i;
      for (int bit = 0; bit < 8; ++bit) value = (value & 1) ? (value >> 1) ^ 0xA001 : value >> 1;
      t[i] = static_cast<uint16_t>(value);
    }
    return t;
  }();
  for (size_t i = 0; i < size; ++i)
    crc = static_cast<uint16_t>((crc >> 8) ^ table[(crc ^ data[i]) & 0xFF]);
  return crc;
}

// Offsets in the header frame of a Xing/Info tag with all four fields, and of its LAME tag.
struct TagLayout {
  size_t xing = 0;  // "Xing" or "Info"
  size_t Frames() const { return xing + 8; }
  size_t Bytes() const { return xing + 12; }
  size_t Toc() const { return xing + 16; }
  size_t Lame() const { return xing + 120; }
  size_t DelayPadding() const { return Lame() + 21; }
  size_t MusicLength() const { return Lame() + 28; }
  size_t MusicCrc() const { return Lame() + 32; }
  size_t TagCrc() const { return Lame() + 34; }  // over every byte of the frame before it
};

constexpr uint32_t kAllXingFields = 0xF;  // frames, bytes, seek table, quality

bool FindTag(const std::vector<uint8_t>& mp3, const FrameHeader& header, TagLayout* layout) {
  layout->xing = header.side_info_end;
  if (layout->TagCrc() + 2 > header.bytes || header.bytes > mp3.size()) return false;
  const uint8_t* tag = mp3.data() + layout->xing;
  return (std::memcmp(tag, "Xing", 4) == 0 || std::memcmp(tag, "Info", 4) == 0) &&
         (BigEndian32(tag + 4) & kAllXingFields) == kAllXingFields &&
         std::memcmp(mp3.data() + layout->Lame(), "LAME", 4) == 0;
}

// Same MPEG version, layer, sample rate and channel mode (the bitrates may differ).
bool SameFormat(const uint8_t* a, const uint8_t* b) {
  return a[1] == b[1] && (a[2] & 0x0C) == (b[2] & 0x0C) && (a[3] & 0xC0) == (b[3] & 0xC0);
}

Error NotAStream(const std::string& why) {
  return EngineError("not an MP3 stream to join: " + why);
}

}  // namespace

Result<Mp3StreamInfo> ReadMp3Stream(const std::vector<uint8_t>& mp3) {
  FrameHeader header;
  TagLayout layout;
  if (!ParseFrameHeader(mp3.data(), mp3.size(), &header) || !FindTag(mp3, header, &layout)) {
    return NotAStream("no Xing/LAME header frame at the start");
  }
  Mp3StreamInfo info;
  info.header_bytes = header.bytes;
  info.samples_per_frame = header.samples;
  const uint8_t* delay_padding = mp3.data() + layout.DelayPadding();
  info.encoder_delay = delay_padding[0] << 4 | delay_padding[1] >> 4;
  info.encoder_padding = (delay_padding[1] & 0x0F) << 8 | delay_padding[2];
  for (size_t at = header.bytes; at < mp3.size();) {
    FrameHeader frame;
    if (!ParseFrameHeader(mp3.data() + at, mp3.size() - at, &frame) ||
        frame.samples != info.samples_per_frame || frame.bytes > mp3.size() - at) {
      return NotAStream("a broken frame at byte " + std::to_string(at));
    }
    at += frame.bytes;
    ++info.frames;
  }
  if (info.frames != BigEndian32(mp3.data() + layout.Frames())) {
    return NotAStream("the header's frame count differs from the frames");
  }
  return info;
}

Mp3Joiner::~Mp3Joiner() = default;

Result<std::unique_ptr<Mp3Joiner>> Mp3Joiner::Open(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return IoError("cannot write " + path + ": " + std::strerror(errno));
  return std::unique_ptr<Mp3Joiner>(new Mp3Joiner(file, path));
}

Result<int64_t> Mp3Joiner::Append(const std::vector<uint8_t>& mp3) {
  auto info = ReadMp3Stream(mp3);
  if (!info.ok()) return info.error();
  if (header_.empty()) {
    header_.assign(mp3.begin(), mp3.begin() + static_cast<std::ptrdiff_t>(info->header_bytes));
    first_ = *info;
    bytes_ = static_cast<int64_t>(header_.size());
    // A stand-in until Close knows the whole.
    if (std::fwrite(header_.data(), 1, header_.size(), file_.get()) != header_.size()) {
      return IoError("cannot write " + path_ + ": " + std::strerror(errno));
    }
  } else if (!SameFormat(mp3.data(), header_.data()) ||
             info->encoder_delay != first_.encoder_delay) {
    return EngineError("the MP3 streams to join were encoded differently");
  }
  const int64_t start = frames_ * first_.samples_per_frame;
  marks_.push_back({frames_, bytes_});
  const uint8_t* audio = mp3.data() + info->header_bytes;
  const size_t audio_bytes = mp3.size() - info->header_bytes;
  if (std::fwrite(audio, 1, audio_bytes, file_.get()) != audio_bytes) {
    return IoError("cannot write " + path_ + ": " + std::strerror(errno));
  }
  music_crc_ = Crc16(music_crc_, audio, audio_bytes);
  frames_ += info->frames;
  bytes_ += static_cast<int64_t>(audio_bytes);
  last_ = *info;
  return start;
}

// toc[i]: the byte at i% of the duration, as a fraction of the file in 1/256, from the
// streams' starts, linear within a stream (each is a few seconds of speech).
std::vector<uint8_t> Mp3Joiner::SeekTable() const {
  std::vector<uint8_t> toc(100);
  size_t stream = 0;
  for (size_t i = 0; i < toc.size(); ++i) {
    const double frame = static_cast<double>(frames_) * static_cast<double>(i) / 100.0;
    while (stream + 1 < marks_.size() && static_cast<double>(marks_[stream + 1].frames) <= frame)
      ++stream;
    const Mark& from = marks_[stream];
    const Mark to = stream + 1 < marks_.size() ? marks_[stream + 1] : Mark{frames_, bytes_};
    const double within = to.frames > from.frames ? (frame - static_cast<double>(from.frames)) /
                                                        static_cast<double>(to.frames - from.frames)
                                                  : 0.0;
    const double byte =
        static_cast<double>(from.bytes) + within * static_cast<double>(to.bytes - from.bytes);
    toc[i] = static_cast<uint8_t>(std::min(255.0, 256.0 * byte / static_cast<double>(bytes_)));
  }
  return toc;
}

Result<int64_t> Mp3Joiner::Close() {
  if (header_.empty() || !file_) return EngineError("no MP3 stream was joined into " + path_);
  FrameHeader header;
  TagLayout layout;
  ParseFrameHeader(header_.data(), header_.size(), &header);
  FindTag(header_, header, &layout);
  PutBigEndian32(header_.data() + layout.Frames(), static_cast<uint64_t>(frames_));
  PutBigEndian32(header_.data() + layout.Bytes(), static_cast<uint64_t>(bytes_));
  const std::vector<uint8_t> toc = SeekTable();
  std::copy(toc.begin(), toc.end(), header_.begin() + static_cast<std::ptrdiff_t>(layout.Toc()));
  uint8_t* delay_padding = header_.data() + layout.DelayPadding();
  delay_padding[0] = static_cast<uint8_t>(first_.encoder_delay >> 4);
  delay_padding[1] =
      static_cast<uint8_t>((first_.encoder_delay & 0x0F) << 4 | last_.encoder_padding >> 8);
  delay_padding[2] = static_cast<uint8_t>(last_.encoder_padding);
  PutBigEndian32(header_.data() + layout.MusicLength(), static_cast<uint64_t>(bytes_));
  PutBigEndian16(header_.data() + layout.MusicCrc(), music_crc_);
  PutBigEndian16(header_.data() + layout.TagCrc(), Crc16(0, header_.data(), layout.TagCrc()));
  std::FILE* file = file_.release();
  const bool written = std::fseek(file, 0, SEEK_SET) == 0 &&
                       std::fwrite(header_.data(), 1, header_.size(), file) == header_.size();
  if (std::fclose(file) != 0 || !written) {
    return IoError("cannot write " + path_ + ": " + std::strerror(errno));
  }
  return frames_ * first_.samples_per_frame - first_.encoder_delay - last_.encoder_padding;
}

}  // namespace spoken
