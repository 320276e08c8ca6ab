#include "pipeline/render_article.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>

#include "audio/loudness.h"
#include "audio/master.h"
#include "core/sha256.h"
#include "document/reader.h"
#include "pipeline/build_key.h"
#include "pipeline/edition_folder.h"
#include "pipeline/figure_images.h"
#include "pipeline/file_io.h"
#include "pipeline/pcm_spool.h"
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
  for (const std::string& name : EditionFiles::ForSlug(summary->info.slug).All()) {
    if (!IsRegularFile((fs::path(folder) / name).string())) return std::nullopt;
  }
  return std::move(summary).value();
}

// OUT/.SLUG.EXTENSION.tmp-PID: a file made beside the editions and moved into the new one (a
// stale one is swept by the next build).
std::string Temporary(const std::string& out_dir, const std::string& slug,
                      const std::string& extension) {
  return (fs::path(out_dir) / ("." + slug + "." + extension + ".tmp-" + std::to_string(::getpid())))
      .string();
}

// Writes the EPUB to `epub_path`, copying the MP3 at `mp3_path` into it.
Status WriteEpubFile(const Edition& edition, const std::string& mp3_path,
                     const EpubOptions& options, const std::string& epub_path) {
  std::ifstream mp3(mp3_path, std::ios::binary);
  if (!mp3) return IoError(mp3_path + ": cannot be read");
  std::ofstream epub(epub_path, std::ios::binary | std::ios::trunc);
  if (!epub) return IoError(epub_path + ": cannot be written");
  if (Status status = WriteEpub(edition, mp3, options, epub); !status.ok()) {
    return Error{status.error().code, epub_path + ": " + status.error().message};
  }
  epub.close();
  return epub ? Status::Ok() : IoError(epub_path + ": write failed");
}

// Streams the manifest of `edition` to `path`.
Status WriteManifestFile(const Edition& edition, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IoError(path + ": cannot be written");
  WriteManifest(edition, out);
  out.close();
  return out ? Status::Ok() : IoError(path + ": write failed");
}

}  // namespace

Result<RenderedEdition> RenderArticle(const std::string& source_path, const BuildConfig& config,
                                      const std::string& out_dir, bool force, int workers,
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

  // The synthesized audio goes to a spool on disk and through a loudness meter as it is
  // made; the master stage replays it. Memory does not grow with the article.
  auto spool = PcmSpool::Create();
  if (!spool.ok()) return spool.error();
  std::unique_ptr<LoudnessMeter> meter;
  const PcmDestination destination{.start = [&meter](int sample_rate_hz) -> Status {
                                     meter = std::make_unique<LoudnessMeter>(sample_rate_hz);
                                     return Status::Ok();
                                   },
                                   .write = [&](const int16_t* samples, size_t count) -> Status {
                                     meter->Add(samples, count);
                                     return (*spool)->Append(samples, count);
                                   }};
  auto spoken =
      SpeakArticle(*article, config, Announcement::kInclude, workers, destination, progress);
  if (!spoken.ok()) return spoken.error();
  // What only reading and synthesis needed goes before mastering and the writers: the
  // article's blocks (the Script has the text) and the engine inputs with their per code
  // point offsets, megabytes for a long article.
  article->sections = {};
  spoken->plan.utterances = {};
  RenderedEdition rendered;
  rendered.warnings = article->warnings;
  rendered.warnings.insert(rendered.warnings.end(), spoken->warnings.begin(),
                           spoken->warnings.end());
  const Script& script = spoken->script;
  Timeline& timeline = spoken->timeline;

  const Id3Metadata metadata{.title = info.title,
                             .artist = info.author,
                             .album = config.site.title,
                             .date = info.date,
                             .language = info.language,
                             .comment = info.description,
                             .url = info.url,
                             .encoded_by = std::string("Spoken ") + SPOKEN_VERSION};
  if (Status status = (*spool)->Finish(); !status.ok()) return status.error();
  const MasterInput input{
      .pcm = [&spool](int64_t first, int64_t count,
                      const PcmSink& sink) { return (*spool)->Replay(first, count, sink); },
      .samples = (*spool)->samples(),
      .sample_rate_hz = timeline.sample_rate_hz,
      .integrated_lufs = meter->IntegratedLufs()};
  // The MP3 streams into a temporary file beside the editions and moves into the new edition
  // folder with the other files.
  const EditionFiles files = EditionFiles::ForSlug(info.slug);
  const std::string mp3_temporary = Temporary(out_dir, info.slug, "mp3");
  std::error_code ignored;
  auto mastered = Master(input, metadata, script, timeline, config.master, workers, mp3_temporary,
                         [&](const std::string& stage) { progress(stage, 0); });
  spool->reset();
  if (!mastered.ok()) {
    fs::remove(mp3_temporary, ignored);
    return mastered.error();
  }

  progress("writing", 0);
  Edition edition{.script = std::move(spoken->script),
                  .timeline = std::move(spoken->timeline),
                  .audio = *mastered,
                  .pronunciations = std::move(spoken->plan.pronunciations),
                  .spoken_version = SPOKEN_VERSION,
                  .build_key = build_key,
                  .skipped = std::move(article->skipped),
                  .source_warnings = std::move(article->warnings)};
  edition.audio.file = files.audio;
  const PageContext page{.site_title = config.site.title,
                         .site_index = "../",
                         .feed = "../feed.xml",
                         .site_language = config.site.language};

  // The EPUB carries its own copy of the MP3 (epub_writer.h), copied into it in pieces; the
  // book goes to a temporary file beside the MP3's and moves in with it. So do the pages and
  // the manifest, each written out and let go before the next is made: a long article's
  // are megabytes each.
  EditionContents finished = {{files.audio, mp3_temporary},
                              {files.epub, Temporary(out_dir, info.slug, "epub")}};
  const auto fail = [&](Error error) -> Error {
    for (const auto& [name, path] : finished) fs::remove(path, ignored);
    return error;
  };
  const EpubOptions epub_options{
      .config = config.epub,
      .edition_url = config.site.base_url + info.slug + "/",
      .publisher = config.site.title,
      .images = CollectFigureImages(edition.script, source_path, rendered.warnings)};
  if (Status status = WriteEpubFile(edition, mp3_temporary, epub_options, finished[1].second);
      !status.ok()) {
    return fail(status.error());
  }
  // The manifest records every file's digest for the audit; the MP3 and the book are read
  // back from disk in pieces.
  for (const auto& [name, path] : finished) {
    auto digest = FileSha256Hex(path);
    if (!digest.ok()) return fail(digest.error());
    edition.file_sha256.emplace_back(name, std::move(digest).value());
  }
  const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> pages = {
      {files.captions, [&](std::ostream& o) { WriteCaptionsVtt(edition, o); }},
      {files.chapters_vtt, [&](std::ostream& o) { WriteChaptersVtt(edition, o); }},
      {files.chapters_json,
       [&](std::ostream& o) { WriteChaptersJson(edition, config.site.title, o); }},
      {files.transcript_text, [&](std::ostream& o) { WriteTranscriptText(edition, o); }},
      {files.transcript_html, [&](std::ostream& o) { WriteTranscriptHtml(edition, page, o); }},
  };
  for (const auto& [name, write] : pages) {
    const std::string content = RenderToString(write);
    edition.file_sha256.emplace_back(name, Sha256Hex(content));
    finished.emplace_back(name, Temporary(out_dir, info.slug, name));
    if (Status status = WriteFileAtomically(finished.back().second, content); !status.ok()) {
      return fail(status.error());
    }
  }
  // Last, as the last file of a finished edition.
  finished.emplace_back("manifest.json", Temporary(out_dir, info.slug, "manifest.json"));
  if (Status status = WriteManifestFile(edition, finished.back().second); !status.ok()) {
    return fail(status.error());
  }
  // The previous edition stays whole and listed until the new one is complete.
  if (Status status = ReplaceEditionFolder(out_dir, info.slug, {}, finished); !status.ok()) {
    return fail(status.error());
  }
  rendered.summary = SummarizeEdition(edition);
  return rendered;
}

}  // namespace spoken
