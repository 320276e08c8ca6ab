#include "encoding/text_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "document/slug.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

class TextFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("spoken-text-file-" + std::to_string(::getpid()));
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (folder_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  fs::path folder_;
};

TEST_F(TextFileTest, InvalidBytesAreReplacedAndReportedWithLineAndOffset) {
  const std::string path = Write("latin.md", "Hello\ncaf\xE9 ok\n");
  auto file = ReadTextFile(path, 1000);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file->utf8, "Hello\ncaf\xEF\xBF\xBD ok\n");
  ASSERT_EQ(file->warnings.size(), 1u);
  EXPECT_EQ(file->warnings[0],
            path + ":2: bytes at offset 9 are not valid UTF-8; replaced by U+FFFD");
}

TEST_F(TextFileTest, Utf16WithByteOrderMarkIsDecoded) {
  auto file = DecodeTextFile(std::string("\xFF\xFEH\0i\0", 6), "x", 100);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->utf8, "Hi");
  EXPECT_TRUE(file->warnings.empty());
}

TEST_F(TextFileTest, BinaryIsRefused) {
  auto file = DecodeTextFile(std::string("PK\x03\x04\0\0", 6), "x.md", 100);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.error().message, "x.md: binary content (a NUL byte at byte offset 4), not text");
}

TEST_F(TextFileTest, OnlyRegularFilesWithinTheLimitAreRead) {
  const std::string fifo = (folder_ / "fifo.md").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(ReadTextFile(fifo, 100).error().message, fifo + ": a FIFO, not a text file");
  EXPECT_EQ(ReadTextFile("/dev/zero", 100).error().message, "/dev/zero: a device, not a text file");
  EXPECT_EQ(ReadTextFile(folder_.string(), 100).error().message,
            folder_.string() + ": a folder, not a text file");
  const std::string big = Write("big.md", std::string(101, 'a'));
  EXPECT_EQ(ReadTextFile(big, 100).error().message,
            big + ": more than 100 bytes, the limit for this file");
  const std::string loop = (folder_ / "loop.md").string();
  fs::create_symlink(loop, loop);
  EXPECT_EQ(ReadTextFile(loop, 100).error().message, loop + ": a symbolic link loop");
  EXPECT_EQ(ReadTextFile((folder_ / "none.md").string(), 100).error().code, ErrorCode::kNotFound);
}

TEST(Slug, NamesThatCannotBeAFolderAreRefused) {
  EXPECT_EQ(*SlugOfPath("content/a#b?c%20.md"), "a#b?c%20");
  for (const char* path : {"content/...md", "content/..md", "content/.hidden.md", "content/.md",
                           "content/a\x01.md", "content/a\\b.md", "content/caf\xE9.md"}) {
    EXPECT_FALSE(SlugOfPath(path).ok()) << path;
  }
  EXPECT_FALSE(SlugOfPath("content/" + std::string(kMaxSlugBytes + 1, 'a') + ".md").ok());
}

}  // namespace
}  // namespace spoken
