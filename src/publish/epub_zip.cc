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
uint32_t Get(std::string_view bytes, size_t at, int width) {
  uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i)
    value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

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

Result<std::map<std::string, std::string>> ReadStoredZip(std::string_view bytes,
                                                         std::vector<std::string>* order) {
  constexpr size_t kEndSize = 22, kCentralSize = 46, kLocalSize = 30;
  if (bytes.size() < kEndSize) return InvalidInput("not a ZIP archive: too short");
  // The end record has no comment in the archives this reads: it is the last 22 bytes.
  const size_t end = bytes.size() - kEndSize;
  if (Get(bytes, end, 4) != kEndOfCentralDirectory) return InvalidInput("not a ZIP archive");
  const uint32_t count = Get(bytes, end + 10, 2);
  size_t at = Get(bytes, end + 16, 4);
  std::map<std::string, std::string> entries;
  for (uint32_t i = 0; i < count; ++i) {
    if (at + kCentralSize > end || Get(bytes, at, 4) != kCentralHeader) {
      return InvalidInput("ZIP central directory is damaged");
    }
    const uint32_t method = Get(bytes, at + 10, 2), size = Get(bytes, at + 20, 4);
    const uint32_t name_length = Get(bytes, at + 28, 2), extra = Get(bytes, at + 30, 2),
                   comment = Get(bytes, at + 32, 2), local = Get(bytes, at + 42, 4);
    if (at + kCentralSize + name_length > end) return InvalidInput("ZIP entry name is damaged");
    std::string name(bytes.substr(at + kCentralSize, name_length));
    if (method != 0) return InvalidInput("ZIP entry " + name + " is compressed, not stored");
    if (local + kLocalSize > end || Get(bytes, local, 4) != kLocalHeader) {
      return InvalidInput("ZIP entry " + name + " has no local header");
    }
    const size_t data = local + kLocalSize + Get(bytes, local + 26, 2) + Get(bytes, local + 28, 2);
    if (data + size > end) return InvalidInput("ZIP entry " + name + " is cut short");
    std::string content(bytes.substr(data, size));
    if (Crc32(content) != Get(bytes, at + 16, 4)) {
      return InvalidInput("ZIP entry " + name + " fails its CRC check");
    }
    if (order != nullptr) order->push_back(name);
    entries[std::move(name)] = std::move(content);
    at += kCentralSize + name_length + extra + comment;
  }
  return entries;
}

}  // namespace spoken
