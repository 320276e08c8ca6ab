#include "pipeline/edition_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "pipeline/file_io.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

constexpr char kLockFile[] = ".spoken.lock";
constexpr char kBuilding[] = ".building-";
constexpr char kOld[] = ".old-";

std::string Hidden(const std::string& slug, const char* kind) {
  return "." + slug + kind + std::to_string(::getpid());
}

// The slug of a hidden ".SLUG<kind>PID" folder name, or "" when `name` is not one.
std::string SlugOfHidden(const std::string& name, const char* kind) {
  if (name.size() < 2 || name[0] != '.') return "";
  const size_t at = name.rfind(kind);
  if (at == std::string::npos || at < 2) return "";
  const std::string pid = name.substr(at + std::strlen(kind));
  if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) return "";
  return name.substr(1, at - 1);
}

bool IsTemporaryFile(const std::string& name) {
  const size_t at = name.rfind(".tmp-");
  return at != std::string::npos && name.size() > at + 5 &&
         name.find_first_not_of("0123456789", at + 5) == std::string::npos;
}

// Whose leftover a temporary file in OUT is: the slug of a streamed MP3 ".SLUG.mp3.tmp-PID"
// (render_article.cc), or "" for the site's files (feed.xml.tmp-PID, ...).
std::string SlugOfTemporaryFile(const std::string& name) {
  const size_t at = name.rfind(".mp3.tmp-");
  return name.starts_with(".") && at != std::string::npos && at > 1 ? name.substr(1, at - 1) : "";
}

}  // namespace

Result<OutputFolderLock> OutputFolderLock::Acquire(const std::string& out_dir, const Shard& shard) {
  const std::string path = (fs::path(out_dir) / kLockFile).string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return IoError(path + ": cannot create the lock file: " + std::strerror(errno));
  if (::flock(fd, (shard.Whole() ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) {
      return IoError(out_dir + (shard.Whole() ? ": another spoken build is writing this folder "
                                                "(or a shard of one); try again when it has "
                                                "finished"
                                              : ": a whole spoken build or spoken publish is "
                                                "writing this folder; try again when it has "
                                                "finished"));
    }
    return IoError(path + ": cannot lock: " + std::strerror(error));
  }
  return OutputFolderLock(fd);
}

OutputFolderLock::OutputFolderLock(OutputFolderLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

OutputFolderLock::~OutputFolderLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

Result<std::vector<std::string>> SweepStaleTemporaries(const std::string& out_dir,
                                                       const Shard& shard) {
  auto entries = ListFolder(out_dir);
  if (!entries.ok()) return entries.error();
  std::vector<std::string> stale;
  for (const std::string& entry : *entries) {
    const std::string name = fs::path(entry).filename().string();
    std::error_code error;
    const bool folder = fs::is_directory(fs::symlink_status(entry, error));
    const std::string owner = !folder                             ? SlugOfTemporaryFile(name)
                              : !SlugOfHidden(name, kOld).empty() ? SlugOfHidden(name, kOld)
                              : !SlugOfHidden(name, kBuilding).empty()
                                  ? SlugOfHidden(name, kBuilding)
                                  : name;
    if (owner.empty() ? !shard.Whole() : !InShard(owner, shard)) continue;
    const std::string old_slug = folder ? SlugOfHidden(name, kOld) : "";
    if (!old_slug.empty()) {
      const fs::path edition = fs::path(out_dir) / old_slug;
      if (!fs::exists(fs::symlink_status(edition, error))) {
        fs::rename(entry, edition, error);  // an interrupted switch: put the edition back
        if (!error) continue;
      }
    }
    const bool building = folder && !SlugOfHidden(name, kBuilding).empty();
    if (!old_slug.empty() || building || (!folder && IsTemporaryFile(name))) {
      stale.push_back(entry);
      continue;
    }
    if (!folder) continue;
    auto inside = ListFolder(entry);  // an unreadable edition is the site builder's to report
    if (!inside.ok()) continue;
    for (const std::string& file : *inside) {
      if (IsTemporaryFile(fs::path(file).filename().string())) stale.push_back(file);
    }
  }
  for (const std::string& path : stale) {
    std::error_code error;
    fs::remove_all(path, error);
    if (error) return IoError(path + ": cannot remove: " + error.message());
  }
  return stale;
}

Status ReplaceEditionFolder(const std::string& out_dir, const std::string& slug,
                            const EditionContents& files, const EditionContents& finished) {
  const fs::path edition = fs::path(out_dir) / slug;
  const fs::path staging = fs::path(out_dir) / Hidden(slug, kBuilding);
  std::error_code error;
  fs::remove_all(staging, error);
  const auto fail = [&](Error failure) -> Status {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return failure;
  };
  if (!fs::create_directory(staging, error) || error) {
    return fail(IoError(staging.string() +
                        ": cannot create folder: " + (error ? error.message() : "it exists")));
  }
  for (const auto& [name, content] : files) {
    if (Status status = WriteFileAtomically((staging / name).string(), content); !status.ok()) {
      return fail(status.error());
    }
  }
  for (const auto& [name, path] : finished) {
    if (::rename(path.c_str(), (staging / name).c_str()) != 0) {
      return fail(IoError(path + ": cannot move into the new edition: " + std::strerror(errno)));
    }
  }
  const fs::file_status existing = fs::symlink_status(edition, error);
  if (fs::exists(existing) && !fs::is_directory(existing)) {
    return fail(IoError(edition.string() + ": exists and is not a folder"));
  }
  if (!fs::exists(existing)) {
    if (::rename(staging.c_str(), edition.c_str()) != 0) {
      return fail(IoError(edition.string() +
                          ": cannot move the new edition into place: " + std::strerror(errno)));
    }
    return Status::Ok();
  }
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, edition.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) {
      return fail(IoError(edition.string() +
                          ": cannot switch to the new edition: " + std::strerror(errno)));
    }
    // No atomic exchange on this file system: two renames; a kill between them leaves
    // .SLUG.old-PID, which the next build's sweep puts back.
    const fs::path old = fs::path(out_dir) / Hidden(slug, kOld);
    if (::rename(edition.c_str(), old.c_str()) != 0) {
      return fail(IoError(edition.string() +
                          ": cannot move the old edition aside: " + std::strerror(errno)));
    }
    if (::rename(staging.c_str(), edition.c_str()) != 0) {
      const int rename_error = errno;
      ::rename(old.c_str(), edition.c_str());
      return fail(IoError(edition.string() + ": cannot move the new edition into place: " +
                          std::strerror(rename_error)));
    }
    fs::remove_all(old, error);
    return Status::Ok();
  }
  fs::remove_all(staging, error);  // now the old edition
  return Status::Ok();
}

}  // namespace spoken
