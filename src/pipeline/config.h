// spoken.yaml and voices/NAME.yaml: the settings that fill each stage's config struct.
#pragma once

#include <string>

#include "audio/master.h"
#include "core/result.h"
#include "document/article.h"
#include "publish/epub_writer.h"
#include "publish/site.h"
#include "speech/voice.h"

namespace spoken {

/// From `publish:`: what only the site files depend on (README "Running at scale"), so a
/// change re-renders no edition (pipeline/build_key.h leaves the section out).
struct PublishConfig {
  int feed_items = 300;       // editions in feed.xml, the newest
  int index_page_size = 100;  // editions per index page (index.html, page-2.html, ...)
};

struct BuildConfig {
  SiteInfo site;                      // `site:`
  ArticleInfo article_defaults;       // `defaults:` (language, author, voice, citations)
  MasterConfig master;                // `audio:`
  EpubConfig epub;                    // `epub:`
  PublishConfig publish;              // `publish:`
  int max_audio_minutes = 600;        // `limits:` the longest edition one article may make
  std::string voices_dir = "voices";  // voice profiles; relative to the config file
  std::string config_path;            // the file read (may not exist), for the build key
};

/// Whether the configuration file must exist: the default `spoken.yaml` may be absent, a
/// file named on the command line may not (a typo must not fall back to the defaults).
enum class ConfigFile { kOptional, kRequired };

/// The top-level section of spoken.yaml that no edition depends on.
inline constexpr char kPublishSection[] = "publish";

/// Reads `path`. A missing optional file gives the defaults; an unknown key, or a value
/// of the wrong type or out of its bounds, is a kConfig error "PATH:LINE: message".
Result<BuildConfig> LoadConfig(const std::string& path, ConfigFile file = ConfigFile::kOptional);

/// Reads `voices_dir`/`name`.yaml, every value checked against its bounds. kConfig names
/// the file (and line) when it is missing or invalid.
Result<VoiceProfile> LoadVoiceProfile(const std::string& voices_dir, const std::string& name);

}  // namespace spoken
