#include "publish/epub_zip.h"

#include <array>
#include <limits>
#include <vector>

namespace spoken {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint16_t kVersionStored = 10;                     // 1.0: stored entries, no extensions
constexpr uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01, the DOS epoch
constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();
constexpr uint64_t kLocalHeaderSize = 30;  // without the name
constexpr uint64_t kCrcOffset = 14;        // of the CRC in the local header; the sizes follow

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

uint32_t Crc32(std::string_view bytes, uint32_t crc) {
  static const std::array<uint32_t, 256> kTable = MakeCrcTable();
  uint32_t c = crc ^ 0xFFFFFFFFu;
  for (const char byte : bytes)
    c = kTable[(c ^ static_cast<unsigned char>(byte)) & 0xff] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Status StoredZipWriter::CheckRoom(std::string_view name, uint64_t size) const {
  if (size >= kMax32 || written_ + size + name.size() + kLocalHeaderSize >= kMax32 ||
      entries_.size() >= 0xffff || name.size() > 0xffff) {
    return InvalidInput("zip entry " + std::string(name) + ": too large for a ZIP without ZIP64");
  }
  return Status::Ok();
}

void StoredZipWriter::BeginEntry(std::string_view name, uint32_t crc, uint32_t size) {
  std::string header;
  Put32(header, kLocalHeader);
  PutCommon(header, crc, size, name.size());
  header += name;
  out_ << header;
  entries_.push_back({.name = std::string(name),
                      .crc = crc,
                      .size = size,
                      .offset = static_cast<uint32_t>(written_)});
  written_ += header.size();
}

Status StoredZipWriter::Add(std::string_view name, std::string_view content) {
  if (Status room = CheckRoom(name, content.size()); !room.ok()) return room;
  BeginEntry(name, Crc32(content), static_cast<uint32_t>(content.size()));
  out_.write(content.data(), static_cast<std::streamsize>(content.size()));
  written_ += content.size();
  return out_ ? Status::Ok() : IoError("zip: write failed");
}

Status StoredZipWriter::AddFrom(std::string_view name, std::istream& in) {
  if (Status room = CheckRoom(name, 0); !room.ok()) return room;
  const std::streampos header = out_.tellp();
  if (header == std::streampos(-1)) return IoError("zip: the archive's stream cannot seek");
  BeginEntry(name, 0, 0);
  std::vector<char> buffer(size_t{64} << 10);
  uint32_t crc = 0;
  uint64_t size = 0;
  while (in && out_) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto count = static_cast<size_t>(in.gcount());
    if (written_ + size + count >= kMax32) {
      return InvalidInput("zip entry " + std::string(name) + ": too large for a ZIP without ZIP64");
    }
    crc = Crc32(std::string_view(buffer.data(), count), crc);
    out_.write(buffer.data(), static_cast<std::streamsize>(count));
    size += count;
  }
  if (in.bad()) return IoError("zip entry " + std::string(name) + ": reading its content failed");
  written_ += size;
  Entry& entry = entries_.back();
  entry.crc = crc;
  entry.size = static_cast<uint32_t>(size);
  std::string fields;  // the local header's CRC and sizes, now known
  Put32(fields, entry.crc);
  Put32(fields, entry.size);
  Put32(fields, entry.size);
  out_.seekp(header + std::streamoff(kCrcOffset));
  out_ << fields;
  out_.seekp(0, std::ios::end);
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
  constexpr size_t kEndSize = 22, kCentralSize = 46, kLocalSize = kLocalHeaderSize;
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
