// The cache of RenderArticle: an edition built from the same inputs is left as it is. The
// tests stop before synthesis: an edition that must be rendered again fails on a voice that
// does not exist, which shows that rendering was attempted.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/reader.h"
#include "pipeline/build_key.h"
#include "pipeline/render_article.h"
#include "publish/manifest.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

class RenderArticleCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("spoken-render-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "voices");
    fs::create_directories(dir_ / "out" / "tide");
    config_.config_path = (dir_ / "spoken.yaml").string();
    config_.voices_dir = (dir_ / "voices").string();
    config_.article_defaults = {.language = "en-US", .voice = "nobody"};  // no voices/nobody.yaml
    article_ = Write("tide.md", "---\ntitle: Tide\n---\n\nThe sea rises.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const fs::path& relative, const std::string& text) {
    std::ofstream(dir_ / relative, std::ios::binary | std::ios::trunc) << text;
    return (dir_ / relative).string();
  }
  // A finished edition of tide.md in out/tide/ whose manifest carries `key`.
  void WriteFinishedEdition(const std::string& key) {
    Edition edition = TinyEdition();
    edition.script.info.slug = "tide";
    edition.build_key = key;
    std::ostringstream manifest;
    WriteManifest(edition, manifest);
    const EditionFiles files = EditionFiles::ForSlug("tide");
    for (const std::string& name :
         {files.audio, files.captions, files.chapters_vtt, files.chapters_json,
          files.transcript_html, files.transcript_text, files.epub}) {
      Write(fs::path("out") / "tide" / name, "old " + name);
    }
    Write("out/tide/manifest.json", manifest.str());
  }
  std::string CurrentKey() const {
    return BuildKey(ReadArticle(article_, config_.article_defaults).value(), config_);
  }
  Result<RenderedEdition> Render(bool force = false) {
    return RenderArticle(article_, config_, (dir_ / "out").string(), force, 1,
                         [](const std::string&, double) {});
  }
  static void ExpectRenderWasAttempted(const Result<RenderedEdition>& rendered) {
    ASSERT_FALSE(rendered.ok());
    EXPECT_TRUE(rendered.error().message.starts_with("unknown voice 'nobody'"))
        << rendered.error().message;
  }

  fs::path dir_;
  BuildConfig config_;
  std::string article_;
};

TEST_F(RenderArticleCacheTest, AnEditionWithTheSameKeyAndAllItsFilesIsLeftAlone) {
  WriteFinishedEdition(CurrentKey());
  auto rendered = Render();
  ASSERT_TRUE(rendered.ok()) << rendered.error().message;
  EXPECT_TRUE(rendered->up_to_date);
  EXPECT_EQ(rendered->summary.info.slug, "tide");
  EXPECT_EQ(rendered->summary.build_key, CurrentKey());
  std::ifstream captions(dir_ / "out" / "tide" / "tide.vtt");
  std::string text;
  std::getline(captions, text);
  EXPECT_EQ(text, "old tide.vtt");
}

TEST_F(RenderArticleCacheTest, AnEditedArticleIsRenderedAgain) {
  WriteFinishedEdition(CurrentKey());
  Write("tide.md", "---\ntitle: Tide\n---\n\nThe sea rises and falls.\n");
  ExpectRenderWasAttempted(Render());
}

TEST_F(RenderArticleCacheTest, AnEditionMissingOneFileIsRenderedAgain) {
  WriteFinishedEdition(CurrentKey());
  fs::remove(dir_ / "out" / "tide" / "tide.chapters.json");
  ExpectRenderWasAttempted(Render());
}

TEST_F(RenderArticleCacheTest, AFolderWithoutAManifestIsRenderedAgain) {
  WriteFinishedEdition(CurrentKey());
  fs::remove(dir_ / "out" / "tide" / "manifest.json");
  ExpectRenderWasAttempted(Render());
}

TEST_F(RenderArticleCacheTest, ForceRendersAnUpToDateEditionAgain) {
  WriteFinishedEdition(CurrentKey());
  ExpectRenderWasAttempted(Render(/*force=*/true));
}

TEST_F(RenderArticleCacheTest, AChangedVoiceProfileRendersAgain) {
  WriteFinishedEdition(CurrentKey());
  Write("voices/nobody.yaml", "rate_wpm: 500\n");  // out of bounds: refused when loaded
  auto rendered = Render();
  ASSERT_FALSE(rendered.ok());
  EXPECT_NE(rendered.error().message.find("rate_wpm must be"), std::string::npos)
      << rendered.error().message;
}

}  // namespace
}  // namespace spoken
