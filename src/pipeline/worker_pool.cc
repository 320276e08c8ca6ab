#include "pipeline/worker_pool.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <sstream>

namespace spoken {
namespace {

// One line per message, child to parent: "P <fraction> <stage>", "D <detail>" (success) or
// "E <code> <message>" (failure).
void SendLine(int fd, const std::string& line) {
  const std::string data = line + "\n";
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n <= 0) return;  // the parent is gone; nothing useful left to do
    written += static_cast<size_t>(n);
  }
}

std::string OneLine(std::string text) {
  for (char& c : text)
    if (c == '\n') c = ' ';
  return text;
}

[[noreturn]] void RunChild(int fd, const std::string& item, const Work& work) {
  auto result = work(item, [fd](const std::string& stage, double fraction) {
    SendLine(fd, "P " + std::to_string(fraction) + " " + stage);
  });
  if (result.ok()) {
    SendLine(fd, "D " + OneLine(*result));
  } else {
    SendLine(fd, "E " + std::to_string(static_cast<int>(result.error().code)) + " " +
                     OneLine(result.error().message));
  }
  ::close(fd);
  std::fflush(nullptr);
  ::_exit(result.ok() ? 0 : 1);
}

struct Running {
  size_t index;
  pid_t pid;
  int fd;
  std::string buffer;
  std::chrono::steady_clock::time_point start;
  bool reported = false;
};

}  // namespace

std::vector<WorkOutcome> RunInWorkers(const std::vector<std::string>& items, int jobs,
                                      const Work& work, const WorkerEvents& events) {
  std::vector<WorkOutcome> outcomes(items.size());
  std::vector<Running> running;
  size_t next = 0;
  std::fflush(nullptr);  // a child must not inherit and repeat buffered output

  auto handle_line = [&](Running& worker, const std::string& line) {
    WorkOutcome& outcome = outcomes[worker.index];
    if (line.rfind("P ", 0) == 0) {
      std::istringstream in(line.substr(2));
      double fraction = 0;
      std::string stage;
      in >> fraction >> stage;
      if (events.progress) events.progress(worker.index, stage, fraction);
    } else if (line.rfind("D ", 0) == 0) {
      outcome.detail = line.substr(2);
      worker.reported = true;
    } else if (line.rfind("E ", 0) == 0) {
      const size_t space = line.find(' ', 2);
      const int code = std::atoi(line.substr(2, space - 2).c_str());
      outcome.status = Error{static_cast<ErrorCode>(code), line.substr(space + 1)};
      worker.reported = true;
    }
  };

  while (next < items.size() || !running.empty()) {
    while (next < items.size() && static_cast<int>(running.size()) < std::max(1, jobs)) {
      int fds[2];
      if (::pipe(fds) != 0) {
        outcomes[next].status =
            IoError(std::string("cannot create a pipe: ") + std::strerror(errno));
        if (events.finished) events.finished(next, outcomes[next]);
        ++next;
        continue;
      }
      const pid_t pid = ::fork();
      if (pid == 0) {
        ::close(fds[0]);
        RunChild(fds[1], items[next], work);
      }
      ::close(fds[1]);
      if (pid < 0) {
        ::close(fds[0]);
        outcomes[next].status =
            IoError(std::string("cannot start a worker: ") + std::strerror(errno));
        if (events.finished) events.finished(next, outcomes[next]);
        ++next;
        continue;
      }
      running.push_back({next++, pid, fds[0], "", std::chrono::steady_clock::now()});
    }
    if (running.empty()) break;

    std::vector<pollfd> polls;
    for (const Running& worker : running) polls.push_back({worker.fd, POLLIN, 0});
    if (::poll(polls.data(), polls.size(), -1) < 0 && errno != EINTR) break;
    for (size_t i = running.size(); i-- > 0;) {
      if (polls[i].revents == 0) continue;
      Running& worker = running[i];
      char chunk[4096];
      const ssize_t n = ::read(worker.fd, chunk, sizeof chunk);
      if (n > 0) {
        worker.buffer.append(chunk, static_cast<size_t>(n));
        for (size_t end; (end = worker.buffer.find('\n')) != std::string::npos;) {
          handle_line(worker, worker.buffer.substr(0, end));
          worker.buffer.erase(0, end + 1);
        }
        continue;
      }
      // End of the pipe: the child has finished (or died).
      ::close(worker.fd);
      int wait_status = 0;
      ::waitpid(worker.pid, &wait_status, 0);
      WorkOutcome& outcome = outcomes[worker.index];
      outcome.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - worker.start).count();
      if (!worker.reported) {
        outcome.status = EngineError(items[worker.index] + ": the worker died" +
                                     (WIFSIGNALED(wait_status)
                                          ? " of signal " + std::to_string(WTERMSIG(wait_status))
                                          : ""));
      }
      if (events.finished) events.finished(worker.index, outcome);
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  return outcomes;
}

}  // namespace spoken
