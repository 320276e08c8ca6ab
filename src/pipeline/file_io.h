// Files on disk: the only module that writes them (the orchestration knows about files).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spoken {

/// The most ReadFile reads: an edition's MP3 of some 40 hours at 48 kbit/s.
inline constexpr size_t kMaxReadFileBytes = size_t{1} << 30;

/// The bytes of the regular file `path` (encoding/text_file.h: ReadRegularFile; FIFOs,
/// devices and folders are refused, never read).
Result<std::string> ReadFile(const std::string& path);

/// Writes `content` to `path` through a temporary file in the same folder and a rename, so
/// `path` is either absent, the old file, or complete; never half-written.
Status WriteFileAtomically(const std::string& path, std::string_view content);

/// WriteFileAtomically unless `path` already holds exactly `content`: then nothing is
/// written, and the file keeps its inode and modification time (so rsync, object-store
/// syncs and CDNs see no change). Returns whether the file was written.
Result<bool> WriteFileIfChanged(const std::string& path, std::string_view content);

/// Removes the file `path` if it exists. kIo names it when it cannot be removed.
Status RemoveFileIfPresent(const std::string& path);

/// Creates `path` and its parents. kIo names the folder when it cannot be made or written.
Status EnsureWritableDirectory(const std::string& path);

/// The paths of the entries of folder `path` (not recursive), sorted, so that nothing
/// depends on directory order. kIo names the folder when it cannot be listed.
Result<std::vector<std::string>> ListFolder(const std::string& path);

/// The SHA-256 of the regular file `path` as 64 lowercase hex digits, read in 1 MiB pieces
/// (an MP3 or EPUB is never held in memory). kIo names the file when it cannot be read.
Result<std::string> FileSha256Hex(const std::string& path);

/// True when `path` names a regular file (following links); false for anything else,
/// including a path that cannot be examined (a link loop, a name too long). Never throws.
bool IsRegularFile(const std::string& path);

/// True when `path` names a folder (following links); false otherwise. Never throws.
bool IsDirectory(const std::string& path);

}  // namespace spoken
