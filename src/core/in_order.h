// Items worked on by several threads at once, their results taken in order on the calling
// thread: the result does not depend on the number of threads or on timing.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "core/result.h"

namespace spoken {

/// Runs `work(i)` for every i in [0, count) on `threads` new threads (at least one) and
/// `take(i)` on the calling thread in increasing i, each once work(i) has returned. Work
/// runs at most `window` items ahead of take, so whatever work leaves for take stays
/// bounded. After the first error of either no new work starts; that error is returned
/// (an error of work(i) only once every item before i was taken, so the error is the
/// same whatever the threads).
Status WorkInOrder(size_t count, int threads, size_t window,
                   const std::function<Status(size_t)>& work,
                   const std::function<Status(size_t)>& take);

/// WorkInOrder with a value handed from `work(i)` to `take(i, value)`: at most `threads`
/// + 1 values exist at once (one being taken while every thread works on the next).
template <typename T>
Status MapInOrder(size_t count, int threads, const std::function<Result<T>(size_t)>& work,
                  const std::function<Status(size_t, T&&)>& take) {
  const size_t window = static_cast<size_t>(threads < 1 ? 1 : threads) + 1;
  std::vector<std::optional<Result<T>>> slots(window);
  return WorkInOrder(
      count, threads, window,
      [&](size_t i) {
        slots[i % window] = work(i);
        return Status::Ok();
      },
      [&](size_t i) -> Status {
        Result<T> result = std::move(*slots[i % window]);
        slots[i % window].reset();
        if (!result.ok()) return result.error();
        return take(i, std::move(result).value());
      });
}

}  // namespace spoken
