#include "publish/chapters_json_reader.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace spoken {

Result<std::vector<ChapterMark>> ReadChaptersJson(const std::string& json_text,
                                                  const std::string& path) {
  const auto root = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) return InvalidInput(path + ": not valid JSON");
  try {
    std::vector<ChapterMark> chapters;
    for (const auto& chapter : root.at("chapters")) {
      chapters.push_back({.title = chapter.value("title", ""),
                          .start_ms = std::llround(chapter.at("startTime").get<double>() * 1000.0),
                          .end_ms = std::llround(chapter.value("endTime", 0.0) * 1000.0)});
    }
    return chapters;
  } catch (const nlohmann::json::exception& e) {
    return InvalidInput(path + ": not a JSON chapters file: " + e.what());
  }
}

}  // namespace spoken
