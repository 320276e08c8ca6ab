#include "pipeline/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <functional>
#include <map>

namespace spoken {
namespace {

namespace fs = std::filesystem;

std::string Where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1) + ": ";
}

// Reads the keys of one mapping into fields; any other key is an error, so typos surface.
class Fields {
 public:
  using Setter = std::function<void(const YAML::Node&)>;
  Fields& Add(const std::string& key, Setter setter) {
    setters_[key] = std::move(setter);
    return *this;
  }
  template <typename T>
  Fields& Bind(const std::string& key, T& field) {
    return Add(key, [&field](const YAML::Node& value) { field = value.as<T>(); });
  }

  Status Read(const YAML::Node& map, const std::string& path, const std::string& section) const {
    if (!map) return Status::Ok();
    if (!map.IsMap()) return ConfigError(Where(path, map) + "'" + section + "' must be a mapping");
    for (const auto& entry : map) {
      const std::string key = entry.first.as<std::string>();
      auto setter = setters_.find(key);
      if (setter == setters_.end()) {
        return ConfigError(Where(path, entry.first) + "unknown key '" + key + "' in " + section);
      }
      try {
        setter->second(entry.second);
      } catch (const YAML::Exception&) {
        return ConfigError(Where(path, entry.second) + "bad value for '" + key + "' in " + section);
      }
    }
    return Status::Ok();
  }

 private:
  std::map<std::string, Setter> setters_;
};

Result<YAML::Node> LoadYaml(const std::string& path) {
  try {
    return YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    return NotFound(path + ": no such file");
  } catch (const YAML::ParserException& e) {
    return ConfigError(path + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

}  // namespace

Result<BuildConfig> LoadConfig(const std::string& path) {
  BuildConfig config;
  config.article_defaults.language = "en-US";
  config.article_defaults.voice = "en-us";
  config.article_defaults.citations = "brief";
  config.voices_dir = (fs::path(path).parent_path() / "voices").string();
  config.config_path = path;
  if (!fs::exists(path)) return config;
  auto root = LoadYaml(path);
  if (!root.ok()) return root.error();

  SiteInfo& site = config.site;
  ArticleInfo& defaults = config.article_defaults;
  MasterConfig& master = config.master;
  Fields top;
  YAML::Node site_node, defaults_node, audio_node;
  top.Add("site", [&](const YAML::Node& n) { site_node = n; })
      .Add("defaults", [&](const YAML::Node& n) { defaults_node = n; })
      .Add("audio", [&](const YAML::Node& n) { audio_node = n; });
  Fields site_fields;
  site_fields.Bind("title", site.title)
      .Bind("description", site.description)
      .Bind("base_url", site.base_url)
      .Bind("link", site.link)
      .Bind("language", site.language)
      .Bind("author", site.author)
      .Bind("owner_email", site.owner_email)
      .Bind("image", site.image_url)
      .Bind("category", site.category)
      .Bind("subcategory", site.subcategory)
      .Bind("explicit", site.explicit_content)
      .Bind("podcast_guid", site.podcast_guid)
      .Bind("copyright", site.copyright);
  Fields default_fields;
  default_fields.Bind("language", defaults.language)
      .Bind("author", defaults.author)
      .Bind("voice", defaults.voice)
      .Bind("citations", defaults.citations);
  Fields audio_fields;
  audio_fields.Bind("loudness_lufs", master.target_lufs)
      .Bind("true_peak_ceiling_dbtp", master.limiter.ceiling_dbtp)
      .Bind("mp3_vbr_level", master.mp3.vbr_level);

  for (const Status& status :
       {top.Read(*root, path, "the top level"), site_fields.Read(site_node, path, "site"),
        default_fields.Read(defaults_node, path, "defaults"),
        audio_fields.Read(audio_node, path, "audio")}) {
    if (!status.ok()) return status.error();
  }
  if (site.base_url.rfind("https://", 0) != 0) {
    return ConfigError(Where(path, site_node) + "site.base_url must be an https:// URL");
  }
  if (site.base_url.back() != '/') site.base_url += '/';
  if (master.mp3.vbr_level < 0 || master.mp3.vbr_level > 1) {
    return ConfigError(Where(path, audio_node) + "audio.mp3_vbr_level must be within 0..1");
  }
  return config;
}

Result<VoiceProfile> LoadVoiceProfile(const std::string& voices_dir, const std::string& name) {
  const std::string path = (fs::path(voices_dir) / (name + ".yaml")).string();
  auto root = LoadYaml(path);
  if (!root.ok()) {
    return root.error().code == ErrorCode::kNotFound
               ? ConfigError("unknown voice '" + name + "': " + path + " does not exist")
               : root.error();
  }
  VoiceProfile voice;
  voice.name = name;
  Fields fields;
  fields.Bind("espeak_voice", voice.espeak_voice)
      .Bind("language", voice.language)
      .Bind("rate_wpm", voice.rate_wpm)
      .Bind("pitch", voice.pitch)
      .Bind("pitch_range", voice.pitch_range)
      .Bind("sentence_pause_ms", voice.sentence_pause_ms)
      .Bind("paragraph_pause_ms", voice.paragraph_pause_ms)
      .Bind("section_pause_ms", voice.section_pause_ms);
  if (Status status = fields.Read(*root, path, "the voice profile"); !status.ok()) {
    return status.error();
  }
  if (voice.rate_wpm < 80 || voice.rate_wpm > 449) {
    return ConfigError(path + ": rate_wpm must be within 80..449 (faster skews eSpeak's timings)");
  }
  return voice;
}

}  // namespace spoken
