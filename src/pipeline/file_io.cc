#include "pipeline/file_io.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace spoken {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return errno == ENOENT ? NotFound(path + ": no such file")
                           : IoError(path + ": " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return IoError(path + ": cannot write: " + std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return IoError(path + ": write failed: " + std::strerror(errno));
    }
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    return IoError(path + ": cannot rename into place: " + error.message());
  }
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

}  // namespace spoken
