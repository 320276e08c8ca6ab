#include "audio/pipelined.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace spoken {
namespace {

// A bounded queue of pieces between one producer and one consumer.
class PieceQueue {
 public:
  explicit PieceQueue(size_t depth) : depth_(depth) {}

  // False when the consumer has given up.
  bool Push(std::vector<float> piece) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return pieces_.size() < depth_ || abandoned_; });
    if (abandoned_) return false;
    pieces_.push_back(std::move(piece));
    changed_.notify_all();
    return true;
  }

  // False once the producer has finished and everything was taken.
  bool Pop(std::vector<float>* piece) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !pieces_.empty() || finished_; });
    if (pieces_.empty()) return false;
    *piece = std::move(pieces_.front());
    pieces_.pop_front();
    changed_.notify_all();
    return true;
  }

  void Finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
  }

  void Abandon() {
    std::lock_guard lock(mutex_);
    abandoned_ = true;
    changed_.notify_all();
  }

 private:
  size_t depth_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<float>> pieces_;
  bool finished_ = false, abandoned_ = false;
};

}  // namespace

Status RunPipelined(const std::function<Status(const FloatSink& sink)>& produce,
                    const FloatSink& consume, size_t depth) {
  PieceQueue queue(depth);
  Status produced = Status::Ok();
  std::thread producer([&] {
    produced = produce([&queue](const float* samples, size_t count) -> Status {
      if (!queue.Push(std::vector<float>(samples, samples + count))) {
        return EngineError("the next stage of the audio path stopped");
      }
      return Status::Ok();
    });
    queue.Finish();
  });
  Status consumed = Status::Ok();
  std::vector<float> piece;
  while (queue.Pop(&piece)) {
    consumed = consume(piece.data(), piece.size());
    if (!consumed.ok()) {
      queue.Abandon();
      break;
    }
  }
  producer.join();
  return consumed.ok() ? produced : consumed;
}

}  // namespace spoken
