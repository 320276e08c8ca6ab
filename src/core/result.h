// Errors as values: every fallible call in spoken_core returns a Status or a Result<T>.
// Library code never throws across modules and never exits; cli/ maps codes to exit statuses.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace spoken {

enum class ErrorCode {
  kInvalidInput,  // the article or text cannot be used (exit 1: that article failed)
  kNotFound,      // a named file or voice does not exist
  kIo,            // reading or writing a file failed
  kConfig,        // bad configuration, voice profile or lexicon (exit 2)
  kEngine,        // a library (eSpeak NG, libsndfile, TagLib, ...) refused
};

struct Error {
  ErrorCode code;
  std::string message;  // one line, naming the file, line or term involved
};

class [[nodiscard]] Status {
 public:
  static Status Ok() { return Status(); }
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Status() = default;
  Error error_{ErrorCode::kInvalidInput, ""};
  bool ok_ = true;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : value_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Error& error() const { return std::get<Error>(value_); }
  Status status() const { return ok() ? Status::Ok() : Status(error()); }

  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Error> value_;
};

inline Error InvalidInput(std::string message) {
  return {ErrorCode::kInvalidInput, std::move(message)};
}
inline Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
inline Error IoError(std::string message) { return {ErrorCode::kIo, std::move(message)}; }
inline Error ConfigError(std::string message) { return {ErrorCode::kConfig, std::move(message)}; }
inline Error EngineError(std::string message) { return {ErrorCode::kEngine, std::move(message)}; }

}  // namespace spoken
