// Shared by the libFuzzer targets: input bytes become text the way the edge makes them
// (encoding/text_file.h), so each target sees what the program would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "encoding/text_file.h"

namespace spoken::fuzz {

/// `data` decoded as a file's bytes would be; nullopt when ReadTextFile would refuse it.
inline std::optional<std::string> DecodedInput(const uint8_t* data, size_t size) {
  auto file = DecodeTextFile(std::string(reinterpret_cast<const char*>(data), size), "fuzz",
                             size_t{1} << 20);
  if (!file.ok()) return std::nullopt;
  return std::move(file->utf8);
}

}  // namespace spoken::fuzz
