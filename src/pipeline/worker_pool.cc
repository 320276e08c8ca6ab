#include "pipeline/worker_pool.h"

#include <unistd.h>

#include <chrono>
#include <map>
#include <sstream>

#include "pipeline/subprocess.h"

namespace spoken {
namespace {

// One line per message, child to parent: "P <fraction> <stage>", "D <0|1> <detail>"
// (success; 1 when up to date) or "E <code> <message>" (failure).
void SendLine(int fd, const std::string& line) { SendToParent(fd, line + "\n"); }

int RunChild(int fd, const std::string& item, const Work& work) {
  auto result = work(item, [fd](const std::string& stage, double fraction) {
    SendLine(fd, "P " + std::to_string(fraction) + " " + stage);
  });
  if (result.ok()) {
    SendLine(fd, std::string("D ") + (result->up_to_date ? "1 " : "0 ") + OneLine(result->detail));
  } else {
    SendLine(fd, "E " + std::to_string(static_cast<int>(result.error().code)) + " " +
                     OneLine(result.error().message));
  }
  return result.ok() ? 0 : 1;
}

struct Running {
  size_t index;
  std::chrono::steady_clock::time_point start;
  bool reported = false;
};

}  // namespace

std::vector<WorkOutcome> RunInWorkers(const std::vector<std::string>& items, int jobs,
                                      const Work& work, const WorkerEvents& events) {
  std::vector<WorkOutcome> outcomes(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    outcomes[i].status = EngineError(items[i] + ": the worker never ran");
  auto finish = [&](size_t index) {
    if (events.finished) events.finished(index, outcomes[index]);
  };

  auto handle_line = [&](Running& worker, const std::string& line) {
    WorkOutcome& outcome = outcomes[worker.index];
    if (line.rfind("P ", 0) == 0) {
      std::istringstream in(line.substr(2));
      double fraction = 0;
      std::string stage;
      in >> fraction >> stage;
      if (events.progress) events.progress(worker.index, stage, fraction);
    } else if (line.rfind("D ", 0) == 0 && line.size() >= 4) {
      outcome.status = Status::Ok();
      outcome.report = {.detail = line.substr(4), .up_to_date = line[2] == '1'};
      worker.reported = true;
    } else if (line.rfind("E ", 0) == 0) {
      const size_t space = line.find(' ', 2);
      const int code = std::atoi(line.substr(2, space - 2).c_str());
      outcome.status = Error{static_cast<ErrorCode>(code), line.substr(space + 1)};
      worker.reported = true;
    }
  };

  SubprocessSet set;
  std::map<const Subprocess*, Running> running;
  size_t next = 0;
  while (next < items.size() || !set.empty()) {
    while (next < items.size() && static_cast<int>(set.size()) < std::max(1, jobs)) {
      const size_t index = next++;
      auto child = Subprocess::Start([&](int fd) { return RunChild(fd, items[index], work); });
      if (!child.ok()) {
        outcomes[index].status = child.error();
        finish(index);
        continue;
      }
      running[set.Add(std::move(child).value())] = {index, std::chrono::steady_clock::now()};
    }
    if (set.empty()) break;

    auto finished = set.DoWork(
        [&](Subprocess& child, const std::string& line) { handle_line(running[&child], line); });
    if (!finished.ok()) {  // the children are gone: whatever has not reported has failed
      for (const auto& [child, worker] : running) {
        if (!worker.reported) outcomes[worker.index].status = finished.error();
        finish(worker.index);
      }
      for (size_t index = next; index < items.size(); ++index) finish(index);
      break;
    }
    for (const auto& child : *finished) {
      const Running worker = running[child.get()];
      running.erase(child.get());
      WorkOutcome& outcome = outcomes[worker.index];
      outcome.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - worker.start).count();
      if (!worker.reported) {
        const std::string ending = child->Ending();
        outcome.status = EngineError(items[worker.index] + ": the worker died" +
                                     (ending.empty() ? "" : " (" + ending + ")"));
      }
      finish(worker.index);
    }
  }
  return outcomes;
}

}  // namespace spoken
