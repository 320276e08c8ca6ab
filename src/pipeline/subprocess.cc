#include "pipeline/subprocess.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace spoken {

Result<std::unique_ptr<Subprocess>> Subprocess::Start(const ChildMain& child_main) {
  int fds[2];
  if (::pipe(fds) != 0)
    return IoError(std::string("cannot create a pipe: ") + std::strerror(errno));
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    const int code = child_main(fds[1]);
    ::close(fds[1]);
    std::fflush(nullptr);
    ::_exit(code);
  }
  ::close(fds[1]);
  if (pid < 0) {
    ::close(fds[0]);
    return IoError(std::string("cannot start a worker: ") + std::strerror(errno));
  }
  return std::unique_ptr<Subprocess>(new Subprocess(pid, fds[0]));
}

Subprocess::~Subprocess() {
  if (reaped_) return;
  ::kill(pid_, SIGKILL);
  if (fd_ >= 0) ::close(fd_);
  Reap();
}

void Subprocess::Reap() {
  while (::waitpid(pid_, &wait_status_, 0) < 0 && errno == EINTR) {
  }
  reaped_ = true;
}

void Subprocess::OnPipeReadable(const std::function<void(const std::string& line)>& on_line) {
  char chunk[4096];
  const ssize_t n = ::read(fd_, chunk, sizeof chunk);
  if (n < 0 && errno == EINTR) return;
  if (n > 0) {
    buffer_.append(chunk, static_cast<size_t>(n));
    for (size_t end; (end = buffer_.find('\n')) != std::string::npos;) {
      on_line(buffer_.substr(0, end));
      buffer_.erase(0, end + 1);
    }
    return;
  }
  ::close(fd_);  // end of the pipe (or an error reading it): the child has finished or died
  fd_ = -1;
  Reap();
}

bool Subprocess::Succeeded() const {
  return reaped_ && WIFEXITED(wait_status_) && WEXITSTATUS(wait_status_) == 0;
}

std::string Subprocess::Ending() const {
  if (WIFSIGNALED(wait_status_))
    return "killed by signal " + std::to_string(WTERMSIG(wait_status_));
  if (WIFEXITED(wait_status_) && WEXITSTATUS(wait_status_) != 0)
    return "exited " + std::to_string(WEXITSTATUS(wait_status_));
  return "";
}

void SendToParent(int fd, const std::string& text) {
  for (size_t written = 0; written < text.size();) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the parent is gone; nothing useful left to do
    written += static_cast<size_t>(n);
  }
}

std::string OneLine(std::string text) {
  for (char& c : text)
    if (c == '\n') c = ' ';
  return text;
}

Subprocess* SubprocessSet::Add(std::unique_ptr<Subprocess> child) {
  running_.push_back(std::move(child));
  return running_.back().get();
}

Result<std::vector<std::unique_ptr<Subprocess>>> SubprocessSet::DoWork(
    const std::function<void(Subprocess& child, const std::string& line)>& on_line) {
  std::vector<pollfd> polls;
  for (const auto& child : running_) polls.push_back({child->fd(), POLLIN, 0});
  if (::poll(polls.data(), polls.size(), -1) < 0) {
    if (errno == EINTR) return std::vector<std::unique_ptr<Subprocess>>{};
    const std::string reason = std::strerror(errno);
    Clear();
    return IoError("cannot wait for the workers: " + reason);
  }
  std::vector<std::unique_ptr<Subprocess>> finished;
  for (size_t i = running_.size(); i-- > 0;) {
    if (polls[i].revents == 0) continue;
    Subprocess& child = *running_[i];
    child.OnPipeReadable([&](const std::string& line) { on_line(child, line); });
    if (child.Done()) {
      finished.push_back(std::move(running_[i]));
      running_.erase(running_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  return finished;
}

}  // namespace spoken
