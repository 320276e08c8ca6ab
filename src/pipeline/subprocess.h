// One forked child process and the set of them a parent waits on, as ninja's Subprocess
// and SubprocessSet: the child writes lines to a pipe, the parent polls every pipe at once.
#pragma once

#include <sys/types.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

/// A child forked to run one function. Owns the read end of the child's pipe and the
/// child itself: destroying a Subprocess that has not finished kills and reaps the child,
/// so no zombie or orphan outlives its owner.
class Subprocess {
 public:
  /// What the child runs: it writes its messages, one per line, to `fd` and returns its
  /// exit code; the child then exits without running the parent's atexit handlers.
  using ChildMain = std::function<int(int fd)>;

  /// Forks a child running `child_main`. kIo when the pipe or the fork fails.
  /// Flushes stdio first, so the child does not repeat the parent's buffered output.
  static Result<std::unique_ptr<Subprocess>> Start(const ChildMain& child_main);
  ~Subprocess();
  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;

  int fd() const { return fd_; }
  pid_t pid() const { return pid_; }
  bool Done() const { return fd_ < 0; }

  /// Reads what the pipe holds and hands every complete line (without its '\n') to
  /// `on_line`. At the end of the pipe, closes it and reaps the child; Done() is then true.
  void OnPipeReadable(const std::function<void(const std::string& line)>& on_line);

  /// How the child ended ("" for a normal exit, else "killed by signal N" or "exited N").
  /// Only once Done().
  std::string Ending() const;
  bool Succeeded() const;

 private:
  Subprocess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  void Reap();
  pid_t pid_;
  int fd_;
  int wait_status_ = 0;
  bool reaped_ = false;
  std::string buffer_;  // a line not yet complete
};

/// In a child: writes all of `text` to the pipe `fd` (if the parent is gone, nothing).
void SendToParent(int fd, const std::string& text);

/// `text` with each newline made a space, so that it travels as one line of a pipe.
std::string OneLine(std::string text);

/// The children a parent runs at once.
class SubprocessSet {
 public:
  SubprocessSet() = default;
  /// Kills and reaps every child still running.
  ~SubprocessSet() { Clear(); }
  SubprocessSet(const SubprocessSet&) = delete;
  SubprocessSet& operator=(const SubprocessSet&) = delete;

  /// Takes ownership of `child`; returns it for the caller to recognise in DoWork.
  Subprocess* Add(std::unique_ptr<Subprocess> child);
  size_t size() const { return running_.size(); }
  bool empty() const { return running_.empty(); }

  /// Waits until at least one pipe is readable and reads every readable pipe, handing lines
  /// to `on_line`. Returns the children that have finished (removed from the set). When
  /// `poll` itself fails (other than EINTR), kills and reaps every child and returns kIo.
  Result<std::vector<std::unique_ptr<Subprocess>>> DoWork(
      const std::function<void(Subprocess& child, const std::string& line)>& on_line);

  /// Kills and reaps every child still running.
  void Clear() { running_.clear(); }

 private:
  std::vector<std::unique_ptr<Subprocess>> running_;
};

}  // namespace spoken
