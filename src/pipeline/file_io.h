// Files on disk: the only module that writes them (the orchestration knows about files).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace spoken {

Result<std::string> ReadFile(const std::string& path);

/// Writes `content` to `path` through a temporary file in the same folder and a rename, so
/// `path` is either absent, the old file, or complete; never half-written.
Status WriteFileAtomically(const std::string& path, std::string_view content);

/// Creates `path` and its parents. kIo names the folder when it cannot be made or written.
Status EnsureWritableDirectory(const std::string& path);

}  // namespace spoken
