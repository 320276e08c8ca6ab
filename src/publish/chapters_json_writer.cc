#include "publish/chapters_json_writer.h"

#include <nlohmann/json.hpp>

#include "core/time_format.h"

namespace spoken {

void WriteChaptersJson(const Edition& edition, const std::string& podcast_name, std::ostream& out) {
  const int rate = edition.timeline.sample_rate_hz;
  nlohmann::ordered_json chapters = nlohmann::ordered_json::array();
  for (size_t i = 0; i < edition.script.sections.size(); ++i) {
    const SectionTiming& timing = edition.timeline.sections[i];
    chapters.push_back(
        {{"startTime", static_cast<double>(SamplesToMs(timing.start_sample, rate)) / 1000.0},
         {"endTime", static_cast<double>(SamplesToMs(timing.end_sample, rate)) / 1000.0},
         {"title", edition.script.sections[i].title}});
  }
  nlohmann::ordered_json root = {{"version", "1.2.0"},
                                 {"title", edition.script.info.title},
                                 {"author", edition.script.info.author},
                                 {"podcastName", podcast_name},
                                 {"fileName", edition.audio.file},
                                 {"chapters", std::move(chapters)}};
  out << root.dump(2) << "\n";
}

}  // namespace spoken
