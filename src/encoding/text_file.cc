#include "encoding/text_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/sha256.h"
#include "encoding/decode.h"

namespace spoken {
namespace {

constexpr size_t kListedInvalidSequences = 5;

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string TooLarge(const std::string& name, size_t max_bytes) {
  return name + ": more than " + std::to_string(max_bytes) + " bytes, the limit for this file";
}

// 1-based line of byte `offset` in `bytes` (line feeds counted; right for UTF-8 and the
// single-byte encodings, approximate for UTF-16/32).
size_t LineOf(const std::string& bytes, size_t offset) {
  return 1 + static_cast<size_t>(std::count(
                 bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace

Result<TextFile> DecodeTextFile(const std::string& bytes, const std::string& name,
                                size_t max_bytes) {
  if (bytes.size() > max_bytes) return InvalidInput(TooLarge(name, max_bytes));
  std::string_view charset = CharsetOfByteOrderMark(bytes);
  const bool wide = charset.starts_with("UTF-16") || charset.starts_with("UTF-32");
  if (!wide) {
    if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
      return InvalidInput(name + ": binary content (a NUL byte at byte offset " +
                          std::to_string(nul) + "), not text");
    }
  }
  if (charset.empty()) charset = "UTF-8";
  auto decoded = DecodeToUtf8(bytes, charset);
  if (!decoded.ok()) return InvalidInput(name + ": " + decoded.error().message);
  TextFile file{.utf8 = std::move(decoded->utf8), .bytes_sha256 = Sha256Hex(bytes)};
  const std::vector<size_t>& offsets = decoded->invalid_offsets;
  for (size_t i = 0; i < offsets.size() && i < kListedInvalidSequences; ++i) {
    file.warnings.push_back(name + ":" + std::to_string(LineOf(bytes, offsets[i])) +
                            ": bytes at offset " + std::to_string(offsets[i]) + " are not valid " +
                            std::string(charset) + "; replaced by U+FFFD");
  }
  if (offsets.size() > kListedInvalidSequences) {
    file.warnings.push_back(name + ": " + std::to_string(offsets.size() - kListedInvalidSequences) +
                            " more invalid sequences replaced by U+FFFD");
  }
  return file;
}

Result<std::string> ReadRegularFile(const std::string& path, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) return NotFound(path + ": no such file");
    if (errno == ELOOP) return InvalidInput(path + ": a symbolic link loop");
    return IoError(path + ": cannot open: " + std::strerror(errno));
  }
  struct stat status {};
  if (::fstat(fd.get(), &status) != 0) return IoError(path + ": " + std::strerror(errno));
  if (!S_ISREG(status.st_mode)) {
    return InvalidInput(path + ": " + KindOf(status.st_mode) + ", not a text file");
  }
  if (static_cast<size_t>(status.st_size) > max_bytes) {
    return InvalidInput(TooLarge(path, max_bytes));
  }
  // Read at most one byte past the limit: the file may grow while it is read.
  std::string bytes(std::min(max_bytes + 1, static_cast<size_t>(status.st_size) + 1), '\0');
  size_t length = 0;
  while (true) {
    if (length == bytes.size()) {
      if (length > max_bytes) break;
      bytes.resize(std::min(max_bytes + 1, bytes.size() * 2));
    }
    const ssize_t n = ::read(fd.get(), bytes.data() + length, bytes.size() - length);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return IoError(path + ": read failed: " + std::strerror(errno));
    if (n == 0) break;
    length += static_cast<size_t>(n);
  }
  bytes.resize(length);
  if (length > max_bytes) return InvalidInput(TooLarge(path, max_bytes));
  return bytes;
}

Result<TextFile> ReadTextFile(const std::string& path, size_t max_bytes) {
  auto bytes = ReadRegularFile(path, max_bytes);
  if (!bytes.ok()) return bytes.error();
  return DecodeTextFile(*bytes, path, max_bytes);
}

}  // namespace spoken
