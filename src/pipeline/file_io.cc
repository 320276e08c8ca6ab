#include "pipeline/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/sha256.h"
#include "encoding/text_file.h"

namespace spoken {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const std::string& path) {
  return ReadRegularFile(path, kMaxReadFileBytes);
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  // errno is read right after the call that failed: a later clean-up call may reset it.
  const auto fail = [&](const std::string& what, int error) -> Status {
    ::unlink(temporary.c_str());
    return IoError(path + ": " + what + ": " + std::strerror(error));
  };
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return IoError(path + ": cannot write: " + std::strerror(errno));
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      return fail("write failed", error);
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return fail("write failed", errno);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    return fail("cannot rename into place", errno);
  }
  return Status::Ok();
}

Result<bool> WriteFileIfChanged(const std::string& path, std::string_view content) {
  std::error_code error;
  const bool same_size =
      fs::is_regular_file(path, error) && fs::file_size(path, error) == content.size();
  if (same_size && !error) {
    auto existing = ReadFile(path);
    if (existing.ok() && *existing == content) return false;
  }
  if (Status status = WriteFileAtomically(path, content); !status.ok()) return status.error();
  return true;
}

Status RemoveFileIfPresent(const std::string& path) {
  std::error_code error;
  fs::remove(path, error);
  if (error) return IoError(path + ": cannot remove: " + error.message());
  return Status::Ok();
}

Status EnsureWritableDirectory(const std::string& path) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) return IoError(path + ": cannot create folder: " + error.message());
  if (::access(path.c_str(), W_OK) != 0) return IoError(path + ": folder is not writable");
  return Status::Ok();
}

Result<std::vector<std::string>> ListFolder(const std::string& path) {
  std::vector<std::string> entries;
  std::error_code error;
  // Incremented by hand: the range-for's operator++ throws on an error.
  for (fs::directory_iterator entry(path, error), end; !error && entry != end;
       entry.increment(error)) {
    entries.push_back(entry->path().string());
  }
  if (error) return IoError(path + ": cannot list folder: " + error.message());
  std::sort(entries.begin(), entries.end());
  return entries;
}

bool IsRegularFile(const std::string& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

Result<std::string> FileSha256Hex(const std::string& path) {
  if (!IsRegularFile(path)) return IoError(path + ": not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot be read");
  Sha256 digest;
  std::string buffer(size_t{1} << 20, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    digest.Update(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
  }
  if (in.bad()) return IoError(path + ": cannot be read");
  return DigestHex(digest.Finish());
}

bool IsDirectory(const std::string& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

}  // namespace spoken
