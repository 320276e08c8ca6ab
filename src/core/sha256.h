// SHA-256 (FIPS 180-4) of byte strings, for content digests such as Article::source_sha256.
// Not for security: no constant-time guarantees are made or needed here.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace spoken {

/// Incremental SHA-256. Feed bytes with Update() in any number of pieces, then call
/// Finish() once; the object must not be updated after Finish(). Not thread-safe; cheap to
/// copy (a digest of a common prefix can be forked).
class Sha256 {
 public:
  Sha256();

  void Update(std::string_view bytes);

  /// The 32-byte digest of everything passed to Update().
  std::array<uint8_t, 32> Finish();

 private:
  void Compress(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;       // bytes waiting in buffer_
  uint64_t total_bytes_ = 0;  // message length so far
};

/// A digest from Sha256::Finish() as 64 lowercase hex digits.
std::string DigestHex(const std::array<uint8_t, 32>& digest);

/// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace spoken
