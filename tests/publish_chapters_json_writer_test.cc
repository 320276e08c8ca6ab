#include <gtest/gtest.h>

#include <sstream>

#include "publish/chapters_json_reader.h"
#include "publish/chapters_json_writer.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

std::string ChaptersJson(const Edition& edition, const std::string& podcast) {
  std::ostringstream out;
  WriteChaptersJson(edition, podcast, out);
  return out.str();
}

TEST(ChaptersJson, ListsEverySectionInSecondsWithTheEditionsMetadata) {
  EXPECT_EQ(ChaptersJson(TinyEdition(), "Spoken & Co"), R"({
  "version": "1.2.0",
  "title": "Tides & Moons",
  "author": "A. Writer",
  "podcastName": "Spoken & Co",
  "fileName": "tiny-tide.mp3",
  "chapters": [
    {
      "startTime": 0.0,
      "endTime": 4.0,
      "title": "Tides & Moons"
    },
    {
      "startTime": 4.0,
      "endTime": 9.0,
      "title": "Why <it> matters"
    }
  ]
}
)");
}

TEST(ChaptersJson, KeepsMillisecondsAndEscapesJson) {
  Edition edition = TinyEdition();
  edition.timeline.sections = {{0, 4123}, {4123, 9000}};
  edition.script.sections[1].title = "Say \"when\"";
  const std::string json = ChaptersJson(edition, "P");
  EXPECT_NE(json.find("\"endTime\": 4.123,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"startTime\": 4.123,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"title\": \"Say \\\"when\\\"\""), std::string::npos) << json;
}

TEST(ChaptersJson, ReadsBackWhatItWrote) {
  auto chapters = ReadChaptersJson(ChaptersJson(TinyEdition(), "Spoken"), "t.chapters.json");
  ASSERT_TRUE(chapters.ok()) << chapters.error().message;
  ASSERT_EQ(chapters->size(), 2u);
  EXPECT_EQ((*chapters)[1].title, "Why <it> matters");
  EXPECT_EQ((*chapters)[1].start_ms, 4000);
  EXPECT_EQ((*chapters)[1].end_ms, 9000);
}

TEST(ChaptersJson, ReadingSomethingElseNamesTheFile) {
  auto chapters = ReadChaptersJson("{\"chapters\": [{\"title\": \"x\"}]}", "t.chapters.json");
  ASSERT_FALSE(chapters.ok());
  EXPECT_EQ(chapters.error().message.rfind("t.chapters.json: not a JSON chapters file", 0), 0u);
  EXPECT_EQ(ReadChaptersJson("[", "t.chapters.json").error().message,
            "t.chapters.json: not valid JSON");
}

}  // namespace
}  // namespace spoken
