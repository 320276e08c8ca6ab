// Reads back the Podcasting 2.0 chapters written by chapters_json_writer.h, for the audit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace spoken {

struct ChapterMark {
  std::string title;
  int64_t start_ms = 0;  // startTime in seconds, rounded to the millisecond
  int64_t end_ms = 0;    // endTime likewise; 0 when the chapter has none
};

/// The chapters of a file in the Podcasting 2.0 JSON chapters format, in file order.
/// kInvalidInput names `path` when the text is not such a file.
Result<std::vector<ChapterMark>> ReadChaptersJson(const std::string& json_text,
                                                  const std::string& path);

}  // namespace spoken
