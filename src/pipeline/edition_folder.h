// The output folder as the build changes it: one build at a time (a lock), editions
// replaced whole (built beside the old one, then switched), leftovers of killed builds swept.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "pipeline/shard.h"

namespace spoken {

/// Holds OUT/.spoken.lock (flock) for its lifetime, so two builds never write one output
/// folder at once. Worker processes forked while it is held share it. The shards of one
/// build write disjoint editions and take it shared; a whole build and `spoken publish`
/// take it exclusive, so they wait for no shard and no shard runs beside them.
class OutputFolderLock {
 public:
  /// Takes the lock without waiting: shared for a part of the archive, exclusive for the
  /// whole. kIo names the folder when another build holds it or the lock file cannot be
  /// made.
  static Result<OutputFolderLock> Acquire(const std::string& out_dir, const Shard& shard);

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
/// (.SLUG.old-PID present, SLUG absent) is put back first. Only what belongs to `shard`
/// is touched (the other shards may be writing theirs now): the leftovers of its slugs,
/// and the site's own (OUT/feed.xml.tmp-PID, ...) only for the whole archive. Returns the
/// paths removed.
Result<std::vector<std::string>> SweepStaleTemporaries(const std::string& out_dir,
                                                       const Shard& shard = {});

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
