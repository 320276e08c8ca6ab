// CPU time per pipeline stage, for `spoken build --timings` and scripts/bench.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace spoken {

/// Splits the CPU time of this process and of the children it has waited for among the
/// stages it is told about, in the order they were first entered. Not thread-safe.
class StageClock {
 public:
  StageClock();

  /// Ends the current stage (if any) and starts `stage`; re-entering a stage adds to it.
  void Enter(const std::string& stage);

  /// "reading 0.01 s, synthesizing 1.52 s, ...": CPU seconds per stage up to now.
  std::string Summary();

 private:
  void Charge();
  double last_seconds_;
  std::string current_;
  std::vector<std::pair<std::string, double>> stages_;
};

}  // namespace spoken
