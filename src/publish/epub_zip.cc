#include "publish/epub_zip.h"

#include <array>
#include <limits>

namespace spoken {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint16_t kVersionStored = 10;                     // 1.0: stored entries, no extensions
constexpr uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01, the DOS epoch
constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();

std::array<uint32_t, 256> MakeCrcTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

// Little-endian fields, as every ZIP record stores them.
void Put16(std::string& record, uint16_t value) {
  record += static_cast<char>(value & 0xff);
  record += static_cast<char>(value >> 8);
}
void Put32(std::string& record, uint32_t value) {
  Put16(record, static_cast<uint16_t>(value & 0xffff));
  Put16(record, static_cast<uint16_t>(value >> 16));
}

// The fields the local and central headers share, from "version needed" to "extra length".
void PutCommon(std::string& record, uint32_t crc, uint32_t size, size_t name_length) {
  Put16(record, kVersionStored);
  Put16(record, 0);  // flags
  Put16(record, 0);  // method: stored
  Put16(record, 0);  // time 00:00:00
  Put16(record, kDosDate1980);
  Put32(record, crc);
  Put32(record, size);  // compressed
  Put32(record, size);  // uncompressed
  Put16(record, static_cast<uint16_t>(name_length));
  Put16(record, 0);  // extra field length: none (the mimetype entry must have none)
}

}  // namespace

uint32_t Crc32(std::string_view bytes) {
  static const std::array<uint32_t, 256> kTable = MakeCrcTable();
  uint32_t c = 0xFFFFFFFFu;
  for (const char byte : bytes)
    c = kTable[(c ^ static_cast<unsigned char>(byte)) & 0xff] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Status StoredZipWriter::Add(std::string_view name, std::string_view content) {
  if (content.size() >= kMax32 || written_ + content.size() + name.size() + 30 >= kMax32 ||
      entries_.size() >= 0xffff || name.size() > 0xffff) {
    return InvalidInput("zip entry " + std::string(name) + ": too large for a ZIP without ZIP64");
  }
  Entry entry{.name = std::string(name),
              .crc = Crc32(content),
              .size = static_cast<uint32_t>(content.size()),
              .offset = static_cast<uint32_t>(written_)};
  std::string header;
  Put32(header, kLocalHeader);
  PutCommon(header, entry.crc, entry.size, name.size());
  header += name;
  out_ << header;
  out_.write(content.data(), static_cast<std::streamsize>(content.size()));
  written_ += header.size() + content.size();
  entries_.push_back(std::move(entry));
  return out_ ? Status::Ok() : IoError("zip: write failed");
}

Status StoredZipWriter::Finish() {
  std::string directory;
  for (const Entry& entry : entries_) {
    Put32(directory, kCentralHeader);
    Put16(directory, kVersionStored);  // made by: MS-DOS attributes, version 1.0
    PutCommon(directory, entry.crc, entry.size, entry.name.size());
    Put16(directory, 0);  // comment length
    Put16(directory, 0);  // disk number
    Put16(directory, 0);  // internal attributes
    Put32(directory, 0);  // external attributes
    Put32(directory, entry.offset);
    directory += entry.name;
  }
  if (written_ + directory.size() >= kMax32) return InvalidInput("zip: archive past 4 GiB");
  std::string end;
  Put32(end, kEndOfCentralDirectory);
  Put16(end, 0);  // this disk
  Put16(end, 0);  // disk with the central directory
  Put16(end, static_cast<uint16_t>(entries_.size()));
  Put16(end, static_cast<uint16_t>(entries_.size()));
  Put32(end, static_cast<uint32_t>(directory.size()));
  Put32(end, static_cast<uint32_t>(written_));
  Put16(end, 0);  // comment length
  out_ << directory << end;
  return out_ ? Status::Ok() : IoError("zip: write failed");
}

}  // namespace spoken
