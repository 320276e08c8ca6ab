// The output folder as the build changes it: one build at a time (a lock), editions
// replaced whole (built beside the old one, then switched), leftovers of killed builds swept.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace spoken {

/// Holds OUT/.spoken.lock (flock, exclusive) for its lifetime, so two builds never write
/// one output folder at once. Worker processes forked while it is held share it.
class OutputFolderLock {
 public:
  /// Takes the lock without waiting. kIo names the folder when another build holds it or
  /// the lock file cannot be made.
  static Result<OutputFolderLock> Acquire(const std::string& out_dir);

  OutputFolderLock(OutputFolderLock&& other) noexcept;
  OutputFolderLock& operator=(OutputFolderLock&&) = delete;
  OutputFolderLock(const OutputFolderLock&) = delete;
  ~OutputFolderLock();

 private:
  explicit OutputFolderLock(int fd) : fd_(fd) {}
  int fd_;
};

/// Removes what a killed build left in `out_dir` (call with the lock held): files named
/// *.tmp-PID (WriteFileAtomically) in OUT and OUT/*/, and the hidden folders
/// .SLUG.building-PID and .SLUG.old-PID. An old edition whose switch was interrupted
/// (.SLUG.old-PID present, SLUG absent) is put back first. Returns the paths removed.
Result<std::vector<std::string>> SweepStaleTemporaries(const std::string& out_dir);

/// Files of one edition: name in the folder, content. The last is written last (the
/// manifest: a folder with a manifest holds a finished edition).
using EditionContents = std::vector<std::pair<std::string, std::string>>;

/// Writes `files` into OUT/.SLUG.building-PID, then puts that folder in place of OUT/SLUG
/// in one atomic exchange (renameat2 RENAME_EXCHANGE; a rename where there is none) and
/// removes the old one. Until the exchange the previous edition is untouched and complete;
/// after it the new one is. On failure the staging folder is removed and OUT/SLUG is as it
/// was. kIo errors name the file or folder.
/// `finished` names files already written elsewhere on the same file system (name in the
/// edition, path now), moved in with the others: the streamed MP3 and the EPUB.
Status ReplaceEditionFolder(const std::string& out_dir, const std::string& slug,
                            const EditionContents& files, const EditionContents& finished = {});

}  // namespace spoken
