#include "pipeline/render_article.h"

#include <filesystem>
#include <optional>
#include <sstream>

#include "audio/master.h"
#include "document/reader.h"
#include "pipeline/build_key.h"
#include "pipeline/file_io.h"
#include "pipeline/speak_article.h"
#include "publish/chapters_json_writer.h"
#include "publish/epub_writer.h"
#include "publish/markup.h"
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
        files.transcript_text, files.epub}) {
    if (!IsRegularFile((fs::path(folder) / name).string())) return std::nullopt;
  }
  return std::move(summary).value();
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
  rendered.warnings = std::move(spoken->warnings);
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

  if (Status status = EnsureWritableDirectory(folder); !status.ok()) return status.error();
  // Until the new manifest lands, the folder does not claim to hold a finished edition.
  const std::string manifest_path = (fs::path(folder) / "manifest.json").string();
  std::error_code ignored;
  fs::remove(manifest_path, ignored);
  const std::pair<std::string, std::string> outputs[] = {
      {files.audio, std::string(mastered->mp3.begin(), mastered->mp3.end())},
      {files.captions, RenderToString([&](std::ostream& o) { WriteCaptionsVtt(edition, o); })},
      {files.chapters_vtt, RenderToString([&](std::ostream& o) { WriteChaptersVtt(edition, o); })},
      {files.chapters_json,
       RenderToString([&](std::ostream& o) { WriteChaptersJson(edition, config.site.title, o); })},
      {files.transcript_text,
       RenderToString([&](std::ostream& o) { WriteTranscriptText(edition, o); })},
      {files.transcript_html,
       RenderToString([&](std::ostream& o) { WriteTranscriptHtml(edition, page, o); })},
  };
  std::ostringstream epub;
  const EpubOptions epub_options{config.epub, config.site.base_url + info.slug + "/",
                                 config.site.title};
  if (Status status = WriteEpub(edition, outputs[0].second, epub_options, epub); !status.ok())
    return status.error();
  for (const auto& [name, content] : outputs) {
    if (Status status = WriteFileAtomically((fs::path(folder) / name).string(), content);
        !status.ok()) {
      return status.error();
    }
  }
  if (Status status = WriteFileAtomically((fs::path(folder) / files.epub).string(), epub.str());
      !status.ok())
    return status.error();
  const std::string manifest = RenderToString([&](std::ostream& o) { WriteManifest(edition, o); });
  if (Status status = WriteFileAtomically(manifest_path, manifest); !status.ok())
    return status.error();
  auto summary = ParseManifest(manifest, manifest_path);
  if (!summary.ok()) return summary.error();
  rendered.summary = std::move(summary).value();
  return rendered;
}

}  // namespace spoken
