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

// Slicing by 8: table k gives the CRC of a byte followed by k zero bytes, so eight bytes
// are folded in with eight lookups and no dependency between them (about five times the
// byte-at-a-time loop; the EPUB carries the whole MP3, which is checksummed as it is copied).
using CrcTables = std::array<std::array<uint32_t, 256>, 8>;

CrcTables MakeCrcTables() {
  CrcTables tables{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    tables[0][n] = c;
  }
  for (size_t k = 1; k < tables.size(); ++k) {
    for (size_t n = 0; n < 256; ++n) {
      tables[k][n] = (tables[k - 1][n] >> 8) ^ tables[0][tables[k - 1][n] & 0xff];
    }
  }
  return tables;
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
  static const CrcTables kTables = MakeCrcTables();
  const auto byte = [&bytes](size_t i) { return uint32_t{static_cast<unsigned char>(bytes[i])}; };
  uint32_t c = crc ^ 0xFFFFFFFFu;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    const uint32_t low = c ^ (byte(i) | byte(i + 1) << 8 | byte(i + 2) << 16 | byte(i + 3) << 24);
    c = kTables[7][low & 0xff] ^ kTables[6][(low >> 8) & 0xff] ^ kTables[5][(low >> 16) & 0xff] ^
        kTables[4][low >> 24] ^ kTables[3][byte(i + 4)] ^ kTables[2][byte(i + 5)] ^
        kTables[1][byte(i + 6)] ^ kTables[0][byte(i + 7)];
  }
  for (; i < bytes.size(); ++i) c = kTables[0][(c ^ byte(i)) & 0xff] ^ (c >> 8);
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

Result<std::vector<StoredZipEntry>> ReadStoredZip(
    std::istream& in, const std::function<bool(const std::string&)>& wanted) {
  constexpr size_t kEndSize = 22, kCentralSize = 46;
  // `count` bytes at `at`, or "" when the archive ends before them.
  const auto read_at = [&in](uint64_t at, uint64_t count) {
    std::string bytes(count, '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(at));
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    return in.gcount() == static_cast<std::streamsize>(count) ? bytes : std::string();
  };
  in.seekg(0, std::ios::end);
  const std::streamoff length = in.tellg();
  if (length < static_cast<std::streamoff>(kEndSize)) {
    return InvalidInput("not a ZIP archive: too short");
  }
  // The end record has no comment in the archives this reads: it is the last 22 bytes.
  const uint64_t end = static_cast<uint64_t>(length) - kEndSize;
  const std::string end_record = read_at(end, kEndSize);
  if (end_record.empty() || Get(end_record, 0, 4) != kEndOfCentralDirectory) {
    return InvalidInput("not a ZIP archive");
  }
  const uint32_t count = Get(end_record, 10, 2), directory_size = Get(end_record, 12, 4),
                 directory_offset = Get(end_record, 16, 4);
  if (uint64_t{directory_offset} + directory_size > end) {
    return InvalidInput("ZIP central directory is damaged");
  }
  const std::string directory = read_at(directory_offset, directory_size);
  std::vector<StoredZipEntry> entries;
  size_t at = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (at + kCentralSize > directory.size() || Get(directory, at, 4) != kCentralHeader) {
      return InvalidInput("ZIP central directory is damaged");
    }
    const uint32_t method = Get(directory, at + 10, 2), crc = Get(directory, at + 16, 4),
                   size = Get(directory, at + 20, 4), name_length = Get(directory, at + 28, 2),
                   extra = Get(directory, at + 30, 2), comment = Get(directory, at + 32, 2),
                   local = Get(directory, at + 42, 4);
    if (at + kCentralSize + name_length > directory.size()) {
      return InvalidInput("ZIP entry name is damaged");
    }
    StoredZipEntry entry{.name = directory.substr(at + kCentralSize, name_length), .size = size};
    if (method != 0) return InvalidInput("ZIP entry " + entry.name + " is compressed, not stored");
    const std::string header =
        local + kLocalHeaderSize <= end ? read_at(local, kLocalHeaderSize) : std::string();
    if (header.empty() || Get(header, 0, 4) != kLocalHeader) {
      return InvalidInput("ZIP entry " + entry.name + " has no local header");
    }
    const uint64_t data = local + kLocalHeaderSize + Get(header, 26, 2) + Get(header, 28, 2);
    if (data + size > end) return InvalidInput("ZIP entry " + entry.name + " is cut short");
    if (wanted(entry.name)) {
      entry.content = read_at(data, size);
      if (entry.content.size() != size || Crc32(entry.content) != crc) {
        return InvalidInput("ZIP entry " + entry.name + " fails its CRC check");
      }
    }
    entries.push_back(std::move(entry));
    at += kCentralSize + name_length + extra + comment;
  }
  return entries;
}

}  // namespace spoken
