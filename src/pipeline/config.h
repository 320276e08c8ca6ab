// spoken.yaml and voices/NAME.yaml: the settings that fill each stage's config struct.
#pragma once

#include <string>

#include "audio/master.h"
#include "core/result.h"
#include "document/article.h"
#include "publish/site.h"
#include "speech/voice.h"

namespace spoken {

struct BuildConfig {
  SiteInfo site;                      // `site:`
  ArticleInfo article_defaults;       // `defaults:` (language, author, voice, citations)
  MasterConfig master;                // `audio:`
  std::string voices_dir = "voices";  // voice profiles; relative to the config file
  std::string config_path;            // the file read (may not exist), for the build key
};

/// Reads `path`. A missing file gives the defaults; an unknown key, a value of the wrong
/// type or a bad URL is a kConfig error "PATH:LINE: message".
Result<BuildConfig> LoadConfig(const std::string& path);

/// Reads `voices_dir`/`name`.yaml. kConfig names the file when it is missing or invalid.
Result<VoiceProfile> LoadVoiceProfile(const std::string& voices_dir, const std::string& name);

}  // namespace spoken
