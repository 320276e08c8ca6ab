// Which figure images go into the EPUB: local files beside the article, checked by their
// bytes; anything else is a warning and the figure keeps its caption.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/figure_images.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

class FigureImagesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("spoken-figure-images-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "img");
    Write("img/a b.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
    Write("photo.jpg", "\xFF\xD8\xFF\xE0 jpeg");
    Write("notes.png", "plain text named .png");
    Write("../outside.png", std::string("\x89PNG\r\n\x1a\n", 8));
  }
  void TearDown() override {
    fs::remove_all(dir_);
    fs::remove(dir_.parent_path() / "outside.png");
  }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  static void AddFigure(Script& script, std::string image) {
    script.sections.back().blocks.push_back(
        {.kind = ScriptBlockKind::kFigure, .text = "Image: x", .image = std::move(image)});
  }
  fs::path dir_;
};

TEST_F(FigureImagesTest, TakesLocalPicturesOnceAndWarnsAboutTheRest) {
  Script script;
  script.sections.emplace_back();
  for (const char* image : {"img/a%20b.png#top", "photo.jpg?v=2", "img/a%20b.png#top",
                            "missing.png", "notes.png", "../outside.png", "/etc/hostname",
                            "https://example.org/c.png", "data:image/png;base64,iVBORw0KGgo="}) {
    AddFigure(script, image);
  }
  script.sections.back().blocks.push_back({.kind = ScriptBlockKind::kParagraph, .image = "p.png"});
  std::vector<std::string> warnings;
  const std::string source = (dir_ / "article.html").string();
  const std::vector<EpubImage> images = CollectFigureImages(script, source, warnings);
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].source, "img/a%20b.png#top");
  EXPECT_EQ(images[0].href, "images/image-1.png");
  EXPECT_EQ(images[0].media_type, "image/png");
  EXPECT_EQ(images[0].bytes.substr(8), "rest");
  EXPECT_EQ(images[1].href, "images/image-2.jpg");
  EXPECT_EQ(images[1].media_type, "image/jpeg");
  const std::string prefix = source + ": image ";
  EXPECT_EQ(
      warnings,
      (std::vector<std::string>{
          prefix + "missing.png is not in the EPUB: no such file; the figure shows its caption",
          prefix + "notes.png is not in the EPUB: not a PNG, JPEG, GIF or WebP image; the "
                   "figure shows its caption",
          prefix + "../outside.png is not in the EPUB: only a relative path inside the "
                   "article's folder is taken; the figure shows its caption",
          prefix + "/etc/hostname is not in the EPUB: only a relative path inside the "
                   "article's folder is taken; the figure shows its caption",
          prefix + "https://example.org/c.png is not in the EPUB: it is a URL, and Spoken "
                   "never downloads; the figure shows its caption",
          prefix + "data:image/png;base64,iVBORw0KGgo= is not in the EPUB: it is a URL, and "
                   "Spoken never downloads; the figure shows its caption"}));
}

}  // namespace
}  // namespace spoken
