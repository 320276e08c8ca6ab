// The EPUB container: a ZIP archive whose entries are all stored (EPUB 3.3 OCF allows
// stored entries, and the MP3 inside gains nothing from deflate). No zip library needed.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

/// CRC-32 (ISO 3309, the ZIP and PNG polynomial) of `bytes`. To checksum data that comes in
/// pieces, pass the CRC of what came before as `crc`: Crc32(b, Crc32(a)) == Crc32(a + b).
uint32_t Crc32(std::string_view bytes, uint32_t crc = 0);

/// Writes a ZIP archive to `out`, one stored entry per Add, in call order, then the central
/// directory on Finish. Every entry carries the same fixed time stamp (1980-01-01 00:00),
/// so equal content gives byte-identical archives. `out` must outlive the writer; the
/// writer is not thread-safe. Names are written as given (use '/' and ASCII).
class StoredZipWriter {
 public:
  explicit StoredZipWriter(std::ostream& out) : out_(out) {}

  /// Appends `name` holding `content`. kInvalidInput when the entry would need ZIP64 (4 GiB
  /// or more, an archive past 4 GiB, or more than 65 535 entries).
  Status Add(std::string_view name, std::string_view content);

  /// Appends `name` holding everything `in` yields, copied in 64 KiB pieces so that memory
  /// does not grow with the entry; the CRC and size are computed while copying and then
  /// written into the entry's local header, so `out` must be seekable (a file, a string
  /// stream): kIo when it is not, when `in` fails before its end, or a write fails;
  /// kInvalidInput as for Add. After an error the archive is unusable.
  Status AddFrom(std::string_view name, std::istream& in);

  /// Writes the central directory and the end record. Call once, after the last Add.
  Status Finish();

 private:
  struct Entry {
    std::string name;
    uint32_t crc = 0;
    uint32_t size = 0;
    uint32_t offset = 0;  // of the local header
  };
  // Checks that an entry named `name` with `size` more bytes still fits without ZIP64.
  Status CheckRoom(std::string_view name, uint64_t size) const;
  // Writes the local header of a new entry at the end of the archive and records it.
  void BeginEntry(std::string_view name, uint32_t crc, uint32_t size);

  std::ostream& out_;
  std::vector<Entry> entries_;
  uint64_t written_ = 0;
};

/// One entry of a stored ZIP archive.
struct StoredZipEntry {
  std::string name;
  uint32_t size = 0;
  std::string content;  // empty unless it was asked for
};

/// The entries of the ZIP archive `in` (seekable: a file, a string stream) in archive order,
/// found through its central directory, with the content of those for which
/// `wanted(name)` is true read and checked against their CRC; the others are not read, so
/// memory holds only what was asked for. Reads stored entries only (what StoredZipWriter
/// writes); kInvalidInput names what is wrong when `in` is not such an archive or holds a
/// compressed entry.
Result<std::vector<StoredZipEntry>> ReadStoredZip(
    std::istream& in, const std::function<bool(const std::string&)>& wanted);

}  // namespace spoken
