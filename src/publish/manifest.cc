#include "publish/manifest.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/time_format.h"

namespace spoken {
namespace {

using Json = nlohmann::ordered_json;

// The manifest's name for the kind of block a sentence is in.
const char* KindName(ScriptBlockKind kind) {
  switch (kind) {
    case ScriptBlockKind::kAnnouncement:
      return "announcement";
    case ScriptBlockKind::kHeading:
      return "heading";
    case ScriptBlockKind::kParagraph:
      return "paragraph";
    case ScriptBlockKind::kListItem:
      return "list_item";
    case ScriptBlockKind::kQuote:
      return "quote";
    case ScriptBlockKind::kTable:
      return "table";
    case ScriptBlockKind::kTableRow:
      return "table_row";
    case ScriptBlockKind::kFigure:
      return "figure";
    case ScriptBlockKind::kCode:
      return "code";
    case ScriptBlockKind::kNote:
      return "note";
  }
  return "paragraph";
}

// A sentence's inline passages in other languages: their text, language and voice.
Json PassagesJson(const Sentence& sentence) {
  Json passages = Json::array();
  for (const SentencePassage& passage : sentence.passages) {
    passages.push_back(
        {{"text", sentence.display.substr(passage.display_begin,
                                          passage.display_end - passage.display_begin)},
         {"language", passage.language},
         {"voice", passage.voice}});
  }
  return passages;
}

// Every voice that read part of a sentence, its own (`voice`) first, each once.
Json VoicesJson(const Sentence& sentence, const std::string& voice) {
  std::vector<std::string> voices{voice};
  for (const SentencePassage& passage : sentence.passages) {
    if (std::find(voices.begin(), voices.end(), passage.voice) == voices.end()) {
      voices.push_back(passage.voice);
    }
  }
  return voices;
}

Json WordsJson(const Sentence& sentence, const SentenceTiming& timing, int rate) {
  Json words = Json::array();
  for (const WordTiming& word : timing.words) {
    const auto [begin, end] = sentence.map.ToDisplay(word.spoken_begin, word.spoken_end);
    words.push_back({{"text", sentence.display.substr(begin, end - begin)},
                     {"start_ms", SamplesToMs(word.start_sample, rate)},
                     {"end_ms", SamplesToMs(word.end_sample, rate)}});
  }
  return words;
}

// The manifest's figures in dB: to a hundredth.
double RoundedTo100th(double value) { return std::round(value * 100) / 100; }

// One sentence of the manifest: its text, kind, times and words, and its passages in other
// languages.
Json SentenceJson(const Edition& edition, const ScriptBlock& block, const Sentence& sentence,
                  size_t index) {
  const int rate = edition.timeline.sample_rate_hz;
  const SentenceTiming& timing = edition.timeline.sentences[index];
  Json entry = {{"id", sentence.id},
                {"kind", KindName(block.kind)},
                {"text", sentence.display},
                {"spoken", sentence.spoken},
                {"start_ms", SamplesToMs(timing.start_sample, rate)},
                {"end_ms", SamplesToMs(timing.end_sample, rate)},
                {"words", WordsJson(sentence, timing, rate)}};
  // A passage in another language: its language, and its voice when not the edition's.
  if (!block.language.empty()) entry["language"] = block.language;
  if (!block.voice.empty()) entry["voice"] = block.voice;
  if (!sentence.passages.empty()) {
    entry["passages"] = PassagesJson(sentence);
    entry["voices"] =
        VoicesJson(sentence, block.voice.empty() ? edition.script.info.voice : block.voice);
  }
  return entry;
}

// Writes a JSON document piece by piece, in exactly the layout of nlohmann's dump() with an
// indent of 2 (objects and arrays one member a line, empty ones as {} and []), so that a
// long array is streamed without its tree. Small values are dumped whole at their depth.
// `out` must outlive the stream.
class ManifestStream {
 public:
  explicit ManifestStream(std::ostream& out)
      : out_(out),
        serializer_(nlohmann::detail::output_adapter<char>(out), ' ',
                    nlohmann::json::error_handler_t::replace) {}

  // Opens an object ('{') or array ('['), as a value where the last Key or Element put it.
  void Open(char bracket) {
    out_ << bracket;
    open_.push_back({bracket, true});
  }

  // Closes the innermost open object or array: "{}" or "[]" when nothing went in.
  void Close(char bracket) {
    const bool empty = open_.back().empty;
    open_.pop_back();
    if (!empty) out_ << '\n' << std::string(Indent(), ' ');
    out_ << bracket;
  }

  // Starts the next member of the open object: `key` (plain ASCII, no escaping) and ": ".
  void Key(const char* key) {
    Next();
    out_ << '"' << key << "\": ";
  }

  // Starts the next element of the open array.
  void Element() { Next(); }

  void Member(const char* key, const Json& value) {
    Key(key);
    Dump(value);
  }

  void Element(const Json& value) {
    Element();
    Dump(value);
  }

 private:
  struct Level {
    char bracket;
    bool empty;
  };

  unsigned Indent() const { return static_cast<unsigned>(open_.size()) * 2; }

  void Next() {
    out_ << (open_.back().empty ? "\n" : ",\n") << std::string(Indent(), ' ');
    open_.back().empty = false;
  }

  void Dump(const Json& value) { serializer_.dump(value, true, false, 2, Indent()); }

  std::ostream& out_;
  nlohmann::detail::serializer<Json> serializer_;
  std::vector<Level> open_;
};

}  // namespace

EditionFiles EditionFiles::ForSlug(const std::string& slug) {
  return {slug + ".mp3", slug + ".vtt", slug + ".chapters.vtt", slug + ".chapters.json",
          "index.html",  slug + ".txt", slug + ".epub"};
}

std::vector<std::string> EditionFiles::All() const {
  return {audio, captions, chapters_vtt, chapters_json, transcript_html, transcript_text, epub};
}

void WriteManifest(const Edition& edition, std::ostream& out) {
  const Script& script = edition.script;
  const int rate = edition.timeline.sample_rate_hz;
  const EditionFiles files = EditionFiles::ForSlug(script.info.slug);
  const ArticleInfo& info = script.info;
  ManifestStream manifest(out);

  manifest.Open('{');
  manifest.Member("slug", info.slug);
  manifest.Member("title", info.title);
  manifest.Member("author", info.author);
  manifest.Member("date", info.date);
  manifest.Member("language", info.language);
  manifest.Member("description", info.description);
  manifest.Member("url", info.url);
  manifest.Member("voice", info.voice);
  manifest.Member(
      "audio",
      {{"file", edition.audio.file},
       {"bytes", edition.audio.bytes},
       {"duration_ms", SamplesToMs(edition.audio.duration_samples, edition.audio.sample_rate_hz)},
       {"duration_samples", edition.audio.duration_samples},
       {"sample_rate", edition.audio.sample_rate_hz},
       {"loudness_lufs", RoundedTo100th(edition.audio.loudness_lufs)},
       {"true_peak_dbtp", RoundedTo100th(edition.audio.true_peak_dbtp)}});
  manifest.Member("files", {{"captions", files.captions},
                            {"chapters_vtt", files.chapters_vtt},
                            {"chapters_json", files.chapters_json},
                            {"transcript_html", files.transcript_html},
                            {"transcript_text", files.transcript_text},
                            {"epub", files.epub}});
  Json file_sha256 = Json::object();
  for (const auto& [name, digest] : edition.file_sha256) file_sha256[name] = digest;
  manifest.Member("files_sha256", file_sha256);

  // The sections and their sentences, the bulk of a long article's manifest, go out one
  // sentence at a time: no tree of the whole is ever held.
  manifest.Key("sections");
  manifest.Open('[');
  size_t sentence_index = 0;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    manifest.Element();
    manifest.Open('{');
    manifest.Member("title", script.sections[s].title);
    manifest.Member("start_ms", SamplesToMs(edition.timeline.sections[s].start_sample, rate));
    manifest.Member("end_ms", SamplesToMs(edition.timeline.sections[s].end_sample, rate));
    manifest.Key("sentences");
    manifest.Open('[');
    for (const ScriptBlock& block : script.sections[s].blocks) {
      for (const Sentence& sentence : block.sentences) {
        manifest.Element(SentenceJson(edition, block, sentence, sentence_index++));
      }
    }
    manifest.Close(']');
    manifest.Close('}');
  }
  manifest.Close(']');

  Json pronunciations = Json::array();
  for (const PronunciationUse& use : edition.pronunciations) {
    Json occurrences = Json::array();
    for (const TermOccurrence& occurrence : use.occurrences)
      occurrences.push_back(occurrence.sentence_id);
    pronunciations.push_back({{"term", use.term},
                              {"ipa", use.ipa},
                              {"respelling", use.respelling},
                              {"alias", use.alias},
                              {"lexicon", use.lexicon},
                              {"lexicon_line", use.lexicon_line},
                              {"count", use.count},
                              {"sentences", std::move(occurrences)}});
  }
  manifest.Member("pronunciations", pronunciations);

  Json skipped = Json::array();
  for (const SkippedContent& content : edition.skipped) {
    skipped.push_back({{"what", content.what},
                       {"reason", content.reason},
                       {"excerpt", content.excerpt},
                       {"line", content.source_line}});
  }
  manifest.Member("skipped", skipped);
  manifest.Member("source_warnings", edition.source_warnings);
  manifest.Member("source", info.source_path);
  manifest.Member("source_sha256", script.source_sha256);
  manifest.Member("spoken_version", edition.spoken_version);
  manifest.Member("build_key", edition.build_key);
  manifest.Close('}');
  out << "\n";
}

EditionSummary SummarizeEdition(const Edition& edition) {
  const Script& script = edition.script;
  const int rate = edition.timeline.sample_rate_hz;
  EditionSummary summary;
  summary.info.slug = script.info.slug;
  summary.info.title = script.info.title;
  summary.info.author = script.info.author;
  summary.info.date = script.info.date;
  summary.info.language = script.info.language;
  summary.info.description = script.info.description;
  summary.info.url = script.info.url;
  summary.info.source_path = script.info.source_path;
  summary.audio.file = edition.audio.file;
  summary.audio.bytes = edition.audio.bytes;
  summary.audio.duration_samples = edition.audio.duration_samples;
  summary.audio.sample_rate_hz = edition.audio.sample_rate_hz;
  summary.audio.loudness_lufs = RoundedTo100th(edition.audio.loudness_lufs);
  summary.audio.true_peak_dbtp = RoundedTo100th(edition.audio.true_peak_dbtp);
  summary.duration_ms = SamplesToMs(edition.audio.duration_samples, edition.audio.sample_rate_hz);
  summary.source_sha256 = script.source_sha256;
  summary.build_key = edition.build_key;
  summary.section_count = script.sections.size();
  size_t sentence_index = 0;
  for (size_t s = 0; s < script.sections.size(); ++s) {
    summary.sections.push_back({"", script.sections[s].title, "",
                                SamplesToMs(edition.timeline.sections[s].start_sample, rate),
                                SamplesToMs(edition.timeline.sections[s].end_sample, rate)});
    std::vector<TimedEntry>& sentences = summary.sentences.emplace_back();
    for (const ScriptBlock& block : script.sections[s].blocks) {
      for (const Sentence& sentence : block.sentences) {
        const SentenceTiming& timing = edition.timeline.sentences[sentence_index++];
        sentences.push_back({sentence.id, sentence.display, KindName(block.kind),
                             SamplesToMs(timing.start_sample, rate),
                             SamplesToMs(timing.end_sample, rate)});
      }
    }
    summary.sentence_count += sentences.size();
  }
  for (const PronunciationUse& use : edition.pronunciations) {
    summary.pronunciations.emplace_back(use.term, use.count);
  }
  summary.skipped = edition.skipped;
  summary.source_warnings = edition.source_warnings;
  // As a JSON object keeps them: each name once, at its first place, with its last digest.
  for (const auto& [name, digest] : edition.file_sha256) {
    auto same = std::find_if(summary.file_sha256.begin(), summary.file_sha256.end(),
                             [&wanted = name](const auto& entry) { return entry.first == wanted; });
    if (same == summary.file_sha256.end()) {
      summary.file_sha256.emplace_back(name, digest);
    } else {
      same->second = digest;
    }
  }
  return summary;
}

void SortNewestFirst(std::vector<EditionSummary>& editions) {
  std::sort(editions.begin(), editions.end(), [](const EditionSummary& a, const EditionSummary& b) {
    return a.info.date != b.info.date ? a.info.date > b.info.date : a.info.slug < b.info.slug;
  });
}

Result<EditionSummary> ParseManifest(const std::string& json_text, const std::string& path) {
  const Json root = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) return InvalidInput(path + ": not valid JSON");
  try {
    EditionSummary summary;
    summary.info.slug = root.at("slug").get<std::string>();
    summary.info.title = root.at("title").get<std::string>();
    summary.info.author = root.value("author", "");
    summary.info.date = root.value("date", "");
    summary.info.language = root.value("language", "");
    summary.info.description = root.value("description", "");
    summary.info.url = root.value("url", "");
    const Json& audio = root.at("audio");
    summary.audio.file = audio.at("file").get<std::string>();
    summary.audio.bytes = audio.at("bytes").get<uint64_t>();
    summary.audio.duration_samples = audio.at("duration_samples").get<int64_t>();
    summary.audio.sample_rate_hz = audio.at("sample_rate").get<int>();
    summary.audio.loudness_lufs = audio.value("loudness_lufs", 0.0);
    summary.audio.true_peak_dbtp = audio.value("true_peak_dbtp", 0.0);
    summary.duration_ms = audio.at("duration_ms").get<int64_t>();
    summary.info.source_path = root.value("source", "");
    summary.source_sha256 = root.value("source_sha256", "");
    summary.build_key = root.value("build_key", "");
    const Json& sections = root.at("sections");
    summary.section_count = sections.size();
    for (const Json& section : sections) {
      summary.sections.push_back({"", section.at("title").get<std::string>(), "",
                                  section.at("start_ms").get<int64_t>(),
                                  section.at("end_ms").get<int64_t>()});
      std::vector<TimedEntry>& sentences = summary.sentences.emplace_back();
      for (const Json& sentence : section.at("sentences")) {
        sentences.push_back({sentence.at("id").get<std::string>(),
                             sentence.at("text").get<std::string>(), sentence.value("kind", ""),
                             sentence.at("start_ms").get<int64_t>(),
                             sentence.at("end_ms").get<int64_t>()});
      }
      summary.sentence_count += sentences.size();
    }
    for (const Json& use : root.value("pronunciations", Json::array())) {
      summary.pronunciations.emplace_back(use.at("term").get<std::string>(),
                                          use.at("count").get<int>());
    }
    for (const Json& content : root.value("skipped", Json::array())) {
      summary.skipped.push_back({.what = content.value("what", ""),
                                 .reason = content.value("reason", ""),
                                 .excerpt = content.value("excerpt", ""),
                                 .source_line = content.value("line", 0)});
    }
    for (const Json& warning : root.value("source_warnings", Json::array())) {
      summary.source_warnings.push_back(warning.get<std::string>());
    }
    if (const auto digests = root.find("files_sha256"); digests != root.end()) {
      for (const auto& [name, digest] : digests->items()) {
        summary.file_sha256.emplace_back(name, digest.get<std::string>());
      }
    }
    return summary;
  } catch (const nlohmann::json::exception& e) {
    return InvalidInput(path + ": not a Spoken manifest: " + e.what());
  }
}

}  // namespace spoken
