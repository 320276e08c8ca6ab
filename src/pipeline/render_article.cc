#include "pipeline/render_article.h"

#include <filesystem>
#include <optional>
#include <sstream>

#include "audio/master.h"
#include "document/reader.h"
#include "pipeline/build_key.h"
#include "pipeline/edition_folder.h"
#include "pipeline/file_io.h"
#include "pipeline/speak_article.h"
#include "publish/chapters_json_writer.h"
#include "publish/transcript_html_writer.h"
#include "publish/transcript_text_writer.h"
#include "publish/webvtt_writer.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// The finished edition in `folder` when it was built from the same inputs.
std::optional<EditionSummary> UpToDate(const std::string& folder, const std::string& key) {
  const std::string manifest_path = (fs::path(folder) / "manifest.json").string();
  auto text = ReadFile(manifest_path);
  if (!text.ok()) return std::nullopt;
  auto summary = ParseManifest(*text, manifest_path);
  if (!summary.ok() || summary->build_key != key) return std::nullopt;
  const EditionFiles files = EditionFiles::ForSlug(summary->info.slug);
  for (const std::string& name :
       {files.audio, files.captions, files.chapters_vtt, files.chapters_json, files.transcript_html,
        files.transcript_text}) {
    if (!IsRegularFile((fs::path(folder) / name).string())) return std::nullopt;
  }
  return std::move(summary).value();
}

template <typename Writer>
std::string Render(Writer&& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

}  // namespace

Result<RenderedEdition> RenderArticle(const std::string& source_path, const BuildConfig& config,
                                      const std::string& out_dir, bool force,
                                      const RenderProgress& progress) {
  progress("reading", 0);
  auto article = ReadArticle(source_path, config.article_defaults);
  if (!article.ok()) return article.error();
  const ArticleInfo& info = article->info;
  const std::string folder = (fs::path(out_dir) / info.slug).string();
  const std::string build_key = BuildKey(*article, config);
  if (!force) {
    if (auto existing = UpToDate(folder, build_key)) {
      return RenderedEdition{.summary = std::move(*existing), .up_to_date = true};
    }
  }

  auto spoken = SpeakArticle(*article, config, Announcement::kInclude, progress);
  if (!spoken.ok()) return spoken.error();
  RenderedEdition rendered;
  rendered.warnings = std::move(article->warnings);
  rendered.warnings.insert(rendered.warnings.end(), spoken->warnings.begin(),
                           spoken->warnings.end());
  const Script& script = spoken->script;
  const Speech& speech = spoken->speech;

  progress("mastering", 0);
  const Id3Metadata metadata{.title = info.title,
                             .artist = info.author,
                             .album = config.site.title,
                             .date = info.date,
                             .language = info.language,
                             .comment = info.description,
                             .url = info.url,
                             .encoded_by = std::string("Spoken ") + SPOKEN_VERSION};
  auto mastered = Master(speech.pcm, speech.timeline.sample_rate_hz, metadata,
                         ChaptersOf(script, speech.timeline), config.master);
  if (!mastered.ok()) return mastered.error();

  progress("writing", 0);
  const EditionFiles files = EditionFiles::ForSlug(info.slug);
  Edition edition{.script = std::move(spoken->script),
                  .timeline = std::move(spoken->speech.timeline),
                  .audio = mastered->info,
                  .pronunciations = std::move(spoken->plan.pronunciations),
                  .spoken_version = SPOKEN_VERSION,
                  .build_key = build_key};
  edition.audio.file = files.audio;
  const PageContext page{
      .site_title = config.site.title, .site_index = "../", .feed = "../feed.xml"};

  const std::string manifest = Render([&](std::ostream& o) { WriteManifest(edition, o); });
  const EditionContents outputs = {
      {files.audio, std::string(mastered->mp3.begin(), mastered->mp3.end())},
      {files.captions, Render([&](std::ostream& o) { WriteCaptionsVtt(edition, o); })},
      {files.chapters_vtt, Render([&](std::ostream& o) { WriteChaptersVtt(edition, o); })},
      {files.chapters_json,
       Render([&](std::ostream& o) { WriteChaptersJson(edition, config.site.title, o); })},
      {files.transcript_text, Render([&](std::ostream& o) { WriteTranscriptText(edition, o); })},
      {files.transcript_html,
       Render([&](std::ostream& o) { WriteTranscriptHtml(edition, page, o); })},
      {"manifest.json", manifest},
  };
  // The previous edition stays whole and listed until the new one is complete.
  if (Status status = ReplaceEditionFolder(out_dir, info.slug, outputs); !status.ok()) {
    return status.error();
  }
  const std::string manifest_path = (fs::path(folder) / "manifest.json").string();
  auto summary = ParseManifest(manifest, manifest_path);
  if (!summary.ok()) return summary.error();
  rendered.summary = std::move(summary).value();
  return rendered;
}

}  // namespace spoken
