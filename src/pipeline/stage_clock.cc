#include "pipeline/stage_clock.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace spoken {
namespace {

double Seconds(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

// User plus system CPU of this process and of every child it has waited for.
double CpuSeconds() {
  double total = 0;
  for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage usage{};
    ::getrusage(who, &usage);
    total += Seconds(usage.ru_utime) + Seconds(usage.ru_stime);
  }
  return total;
}

}  // namespace

StageClock::StageClock() : last_seconds_(CpuSeconds()) {}

void StageClock::Charge() {
  const double now = CpuSeconds();
  if (!current_.empty()) {
    auto it = std::find_if(stages_.begin(), stages_.end(),
                           [&](const auto& stage) { return stage.first == current_; });
    if (it == stages_.end()) it = stages_.insert(stages_.end(), {current_, 0.0});
    it->second += now - last_seconds_;
  }
  last_seconds_ = now;
}

void StageClock::Enter(const std::string& stage) {
  if (stage == current_) return;
  Charge();
  current_ = stage;
}

std::string StageClock::Summary() {
  Charge();
  std::string out;
  for (const auto& [stage, seconds] : stages_) {
    char figure[64];
    std::snprintf(figure, sizeof figure, "%s%s %.2f s", out.empty() ? "" : ", ", stage.c_str(),
                  seconds);
    out += figure;
  }
  return out;
}

}  // namespace spoken
