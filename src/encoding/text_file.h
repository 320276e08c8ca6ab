// Reading a text file at the edge: only regular files, never more than a stated size,
// decoded once to valid UTF-8 (encoding/decode.h). Every article and lexicon is read here.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct TextFile {
  std::string utf8;                   // valid UTF-8; each invalid sequence became U+FFFD
  std::string bytes_sha256;           // hex digest of the bytes as they are on disk
  std::vector<std::string> warnings;  // "PATH:LINE: ..." for each replaced sequence
};

/// The bytes of `path`, which must be a regular file of at most `max_bytes` bytes. Fails,
/// with a message naming `path`:
///  - kNotFound: no such file;
///  - kInvalidInput: not a regular file (a folder, FIFO, device or socket; a FIFO is never
///    opened for blocking reads, so it cannot hang the build), a symlink loop, or more
///    than `max_bytes` bytes (refused before reading when the size says so);
///  - kIo: the file cannot be opened or read.
Result<std::string> ReadRegularFile(const std::string& path, size_t max_bytes);

/// Reads `path` (ReadRegularFile, with its errors) and decodes it: UTF-8 unless a byte order mark
/// names UTF-16 or UTF-32 (the mark is dropped). A byte sequence that is not valid in that encoding
/// becomes U+FFFD and is reported as a warning naming its line and byte offset (at most the first
/// few are listed, then a count). Also fails with kInvalidInput on binary content (a NUL byte in a
/// file without a UTF-16/32 mark).
Result<TextFile> ReadTextFile(const std::string& path, size_t max_bytes);

/// The decoding and checks of ReadTextFile for bytes already in memory (standard input);
/// `name` stands for the file in messages.
Result<TextFile> DecodeTextFile(const std::string& bytes, const std::string& name,
                                size_t max_bytes);

}  // namespace spoken
