#include "settings/settings_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace spoken {
namespace {

enum class Shade { kLight, kDark };
std::optional<Shade> ShadeNamed(std::string_view name) {
  if (name == "light") return Shade::kLight;
  if (name == "dark") return Shade::kDark;
  return std::nullopt;
}

struct Fields {
  std::string title = "default";
  double gain = 1.0;
  int count = 3;
  bool loud = false;
  Shade shade = Shade::kLight;
  std::vector<std::string> files;
};

// Reads `yaml` (as the text of "s.yaml" from line 1) into Fields; the error message or "".
std::string Read(const std::string& yaml, Fields& fields, bool ignore_unknown = false) {
  auto document = SettingsDocument::Parse(yaml, "s.yaml", ErrorCode::kConfig);
  if (!document.ok()) return document.error().message;
  SettingsReader reader("", "the settings");
  reader.Text("title", fields.title)
      .Number("gain", fields.gain, -10, 10, "dB")
      .Integer("count", fields.count, 0, 5, "")
      .Flag("loud", fields.loud)
      .Named("shade", fields.shade, ShadeNamed, "light or dark")
      .TextList("files", fields.files);
  if (ignore_unknown) reader.IgnoreUnknownKeys();
  Status status = reader.Read(document->root(), ErrorCode::kConfig);
  return status.ok() ? "" : status.error().message;
}

TEST(SettingsReader, ReadsEveryTypeAndLeavesAbsentFieldsAlone) {
  Fields fields;
  EXPECT_EQ(Read("title: '  Hello '\ngain: -2.5\nloud: yes\nshade: dark\nfiles: [a, b]\n", fields),
            "");
  EXPECT_EQ(fields.title, "Hello");
  EXPECT_EQ(fields.gain, -2.5);
  EXPECT_EQ(fields.count, 3);
  EXPECT_TRUE(fields.loud);
  EXPECT_EQ(fields.shade, Shade::kDark);
  EXPECT_EQ(fields.files, (std::vector<std::string>{"a", "b"}));
}

TEST(SettingsReader, EmptyDocumentAndNullValuesSetNothing) {
  Fields fields;
  EXPECT_EQ(Read("", fields), "");
  EXPECT_EQ(Read("title:\ngain: ~\n", fields), "");
  EXPECT_EQ(fields.title, "default");
  EXPECT_EQ(fields.gain, 1.0);
}

TEST(SettingsReader, OneTextIsAListOfOne) {
  Fields fields;
  EXPECT_EQ(Read("files: only.pls\n", fields), "");
  EXPECT_EQ(fields.files, std::vector<std::string>{"only.pls"});
}

TEST(SettingsReader, ValuesOutOfBoundsNameFileLineAndRange) {
  Fields fields;
  EXPECT_EQ(Read("title: x\ngain: 50\n", fields),
            "s.yaml:2: gain must be a number from -10 to 10 dB");
  EXPECT_EQ(Read("gain: .nan\n", fields), "s.yaml:1: gain must be a number from -10 to 10 dB");
  EXPECT_EQ(Read("gain: .inf\n", fields), "s.yaml:1: gain must be a number from -10 to 10 dB");
  EXPECT_EQ(Read("count: 2.5\n", fields), "s.yaml:1: count must be a whole number from 0 to 5");
  EXPECT_EQ(Read("count: 99999999999999999999\n", fields),
            "s.yaml:1: count must be a whole number from 0 to 5");
  EXPECT_EQ(Read("loud: maybe\n", fields), "s.yaml:1: loud must be true or false");
  EXPECT_EQ(Read("shade: pink\n", fields), "s.yaml:1: shade must be light or dark, got \"pink\"");
  EXPECT_EQ(fields.gain, 1.0);  // nothing refused was stored
}

TEST(SettingsReader, WrongShapesAreRefused) {
  Fields fields;
  EXPECT_EQ(Read("title: [a, b]\n", fields), "s.yaml:1: title must be text");
  EXPECT_EQ(Read("files: {a: b}\n", fields), "s.yaml:1: files must be a list of texts");
  EXPECT_EQ(Read("files: [a, [b]]\n", fields), "s.yaml:1: each entry of files must be text");
  EXPECT_EQ(Read("- a\n- b\n", fields), "s.yaml:1: the settings must be a mapping");
  EXPECT_EQ(Read("? [complex, key]\n: 1\n", fields),
            "s.yaml:1: a key in the settings must be a name");
}

TEST(SettingsReader, UnknownKeysAreErrorsUnlessIgnored) {
  Fields fields;
  EXPECT_EQ(Read("title: a\ncolour: red\n", fields),
            "s.yaml:2: unknown key 'colour' in the settings");
  EXPECT_EQ(Read("title: a\ncolour: red\n", fields, /*ignore_unknown=*/true), "");
}

TEST(SettingsReader, NestedSectionsPrefixTheirKeys) {
  double gain = 0;
  auto document = SettingsDocument::Parse("audio:\n  gain: 99\n", "c.yaml", ErrorCode::kConfig);
  ASSERT_TRUE(document.ok());
  SettingsReader audio("audio", "audio");
  audio.Number("gain", gain, 0, 1, "");
  SettingsReader top("", "the top level");
  top.Section("audio", audio);
  Status status = top.Read(document->root(), ErrorCode::kConfig);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, "c.yaml:2: audio.gain must be a number from 0 to 1");
}

TEST(SettingsDocument, SyntaxErrorsCountLinesFromTheDocumentsFirstLine) {
  auto document =
      SettingsDocument::Parse("title: a\nb: [unclosed\n", "a.md", ErrorCode::kInvalidInput, 2);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(document.error().message.rfind("a.md:", 0), 0u) << document.error().message;
}

TEST(SettingsDocument, LoadRefusesWhatIsNotARegularFile) {
  EXPECT_EQ(SettingsDocument::Load("/nonexistent/s.yaml", ErrorCode::kConfig).error().code,
            ErrorCode::kNotFound);
  auto folder = SettingsDocument::Load("/tmp", ErrorCode::kConfig);
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().message, "/tmp: not a regular file");
  auto device = SettingsDocument::Load("/dev/zero", ErrorCode::kConfig);
  ASSERT_FALSE(device.ok());
  EXPECT_EQ(device.error().message, "/dev/zero: not a regular file");
}

std::string Without(const std::string& yaml, const std::string& key) {
  auto document = SettingsDocument::Parse(yaml, "s.yaml", ErrorCode::kConfig);
  EXPECT_TRUE(document.ok());
  return document.ok() ? document->TextWithoutTopLevelEntry(key) : "";
}

TEST(SettingsDocument, CutsOutTheLinesOfOneTopLevelEntry) {
  EXPECT_EQ(Without("a: 1\nb:\n  c: 2\n  d: 3\ne: 4\n", "b"), "a: 1\ne: 4\n");
  EXPECT_EQ(Without("a: 1\nb:\n  c: 2\n", "b"), "a: 1\n");
  EXPECT_EQ(Without("b: {c: 2}\na: 1\n", "b"), "a: 1\n");
  EXPECT_EQ(Without("a: 1\n", "b"), "a: 1\n");
  EXPECT_EQ(Without("{b: 1, a: 2}\n", "b"), "{b: 1, a: 2}\n");  // one line: kept whole
  EXPECT_EQ(Without("", "b"), "");
}

}  // namespace
}  // namespace spoken
