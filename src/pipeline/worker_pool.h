// Worker processes: eSpeak NG keeps global state and is not thread-safe (engine-notes §3),
// so articles render in parallel in forked children, never in threads.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

/// What one item's work says when it succeeds.
struct WorkReport {
  std::string detail;       // one-line summary (a newline in it becomes a space)
  bool up_to_date = false;  // nothing needed doing: the output already existed
};

struct WorkOutcome {
  Status status = Status::Ok();  // an item that never ran is an error naming it
  WorkReport report;             // when status is ok
  double seconds = 0;            // wall time of the work
};

/// Reports progress from inside a worker: stage name and fraction done (0..1).
using WorkProgress = std::function<void(const std::string& stage, double fraction)>;
/// The work for one item. Runs in a child process; its result travels back through a pipe.
using Work = std::function<Result<WorkReport>(const std::string& item, const WorkProgress&)>;

struct WorkerEvents {
  std::function<void(size_t item_index, const std::string& stage, double fraction)> progress;
  std::function<void(size_t item_index, const WorkOutcome& outcome)> finished;
};

/// Runs `work` on every item in at most `jobs` forked processes at once and returns the
/// outcomes in item order; `events.finished` is called once per item. A child that dies
/// without a result (a crash in a library) gives a kEngine error naming the signal; the
/// other items still run. When the wait for the children fails, they are killed and
/// reaped, and every item without a result is reported as failed.
std::vector<WorkOutcome> RunInWorkers(const std::vector<std::string>& items, int jobs,
                                      const Work& work, const WorkerEvents& events);

}  // namespace spoken
