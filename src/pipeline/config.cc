#include "pipeline/config.h"

#include <filesystem>

#include "core/uuid.h"
#include "document/metadata.h"
#include "settings/settings_reader.h"

namespace spoken {
namespace {

namespace fs = std::filesystem;

// Checks for Checked(): "" when the text is acceptable, else what it must be.
std::string HttpsUrl(std::string_view text) {
  return text.starts_with("https://") && text.size() > 8 ? "" : "an https:// URL";
}
std::string WebUrl(std::string_view text) {
  return text.starts_with("https://") || text.starts_with("http://") ? ""
                                                                     : "an http:// or https:// URL";
}
std::string Uuid(std::string_view text) {
  return IsUuid(text) ? "" : "a UUID such as 917393e3-1b1e-5cef-ace4-edaa54e1f810";
}
std::string LanguageTag(std::string_view text) {
  return IsBcp47Tag(text) ? "" : "a BCP 47 language tag such as en-US";
}
std::string EmailAddress(std::string_view text) {
  const size_t at = text.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < text.size() ? "" : "an e-mail address";
}

}  // namespace

Result<BuildConfig> LoadConfig(const std::string& path, ConfigFile file) {
  BuildConfig config;
  config.article_defaults.language = "en-US";
  config.article_defaults.voice = "en-us";
  config.voices_dir = (fs::path(path).parent_path() / "voices").string();
  config.config_path = path;
  auto document = SettingsDocument::Load(path, ErrorCode::kConfig);
  if (!document.ok()) {
    const bool missing = document.error().code == ErrorCode::kNotFound;
    if (missing && file == ConfigFile::kOptional) return config;
    return ConfigError(missing ? path + ": no such configuration file" : document.error().message);
  }

  SiteInfo& site = config.site;
  SettingsReader site_fields("site", "site");
  site_fields.Text("title", site.title)
      .Text("description", site.description)
      .Checked("base_url", site.base_url, HttpsUrl)
      .Checked("link", site.link, WebUrl)
      .Checked("language", site.language, LanguageTag)
      .Text("author", site.author)
      .Checked("owner_email", site.owner_email, EmailAddress)
      .Checked("image", site.image_url, WebUrl)
      .Text("category", site.category)
      .Text("subcategory", site.subcategory)
      .Flag("explicit", site.explicit_content)
      .Checked("podcast_guid", site.podcast_guid, Uuid)
      .Text("copyright", site.copyright);
  ArticleInfo& defaults = config.article_defaults;
  SettingsReader default_fields("defaults", "defaults");
  default_fields.Checked("language", defaults.language, LanguageTag)
      .Text("author", defaults.author)
      .Text("voice", defaults.voice)
      .Named("citations", defaults.citations, CitationStyleNamed, "read, brief or skip")
      .Named("footnotes", defaults.footnotes, FootnoteStyleNamed, "inline, end or skip");
  // Bounds: what LAME and the limiter handle, and what a listener could want (standards §8).
  MasterConfig& master = config.master;
  SettingsReader audio_fields("audio", "audio");
  audio_fields.Number("loudness_lufs", master.target_lufs, -40, -5, "LUFS")
      .Number("true_peak_ceiling_dbtp", master.limiter.ceiling_dbtp, -20, 0, "dBTP")
      .Number("mp3_vbr_level", master.mp3.vbr_level, 0, 1, "");
  SettingsReader epub_fields("epub", "epub");
  epub_fields.Named("sync", config.epub.sync, EpubSyncNamed, "sentence or word");
  SettingsReader publish_fields(kPublishSection, kPublishSection);
  publish_fields.Integer("feed_items", config.publish.feed_items, 1, 100000, "editions")
      .Integer("index_page_size", config.publish.index_page_size, 1, 10000, "editions");
  // At most what ReadFile takes back for the audit and the EPUB (file_io.h: some 40 hours).
  SettingsReader limit_fields("limits", "limits");
  limit_fields.Integer("max_audio_minutes", config.max_audio_minutes, 1, 2400, "minutes");
  SettingsReader top("", "the top level");
  top.Section("site", site_fields)
      .Section("defaults", default_fields)
      .Section("audio", audio_fields)
      .Section("epub", epub_fields)
      .Section(kPublishSection, publish_fields)
      .Section("limits", limit_fields);
  if (Status status = top.Read(document->root(), ErrorCode::kConfig); !status.ok()) {
    return status.error();
  }
  if (site.base_url.back() != '/') site.base_url += '/';
  return config;
}

Result<VoiceProfile> LoadVoiceProfile(const std::string& voices_dir, const std::string& name) {
  const std::string path = (fs::path(voices_dir) / (name + ".yaml")).string();
  auto document = SettingsDocument::Load(path, ErrorCode::kConfig);
  if (!document.ok()) {
    return document.error().code == ErrorCode::kNotFound
               ? ConfigError("unknown voice '" + name + "': " + path + " does not exist")
               : document.error();
  }
  VoiceProfile voice;
  voice.name = name;
  SettingsReader fields("", "the voice profile");
  fields.Text("espeak_voice", voice.espeak_voice)
      .Checked("language", voice.language, LanguageTag)
      // Above 449 wpm libsonic skews eSpeak NG's events (engine notes).
      .Integer("rate_wpm", voice.rate_wpm, 80, 449, "words per minute")
      .Integer("pitch", voice.pitch, 0, 100, "")
      .Integer("pitch_range", voice.pitch_range, 0, 100, "")
      .Integer("sentence_pause_ms", voice.sentence_pause_ms, 0, 10000, "ms")
      .Integer("paragraph_pause_ms", voice.paragraph_pause_ms, 0, 10000, "ms")
      .Integer("section_pause_ms", voice.section_pause_ms, 0, 10000, "ms");
  if (Status status = fields.Read(document->root(), ErrorCode::kConfig); !status.ok()) {
    return status.error();
  }
  return voice;
}

}  // namespace spoken
