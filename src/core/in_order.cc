#include "core/in_order.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace spoken {

Status WorkInOrder(size_t count, int threads, size_t window,
                   const std::function<Status(size_t)>& work,
                   const std::function<Status(size_t)>& take) {
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0;                                  // the next item to work on
  size_t taken = 0;                                 // items taken so far
  std::vector<std::optional<Status>> done(window);  // by item % window
  bool stop = false;

  auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      changed.wait(lock, [&] { return stop || next >= count || next < taken + window; });
      if (stop || next >= count) return;
      const size_t i = next++;
      lock.unlock();
      Status status = work(i);
      lock.lock();
      done[i % window] = std::move(status);
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(threads, 1); ++t) pool.emplace_back(worker);

  Status result = Status::Ok();
  {
    std::unique_lock lock(mutex);
    while (taken < count) {
      changed.wait(lock, [&] { return done[taken % window].has_value(); });
      Status status = std::move(*done[taken % window]);
      done[taken % window].reset();
      if (status.ok()) {
        lock.unlock();
        status = take(taken);
        lock.lock();
      }
      if (!status.ok()) {
        result = std::move(status);
        stop = true;
        changed.notify_all();
        break;
      }
      ++taken;
      changed.notify_all();
    }
  }
  for (std::thread& thread : pool) thread.join();
  return result;
}

}  // namespace spoken
