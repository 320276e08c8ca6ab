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

  Json sections = Json::array();
  for (size_t s = 0; s < script.sections.size(); ++s) {
    sections.push_back({{"title", script.sections[s].title},
                        {"start_ms", SamplesToMs(edition.timeline.sections[s].start_sample, rate)},
                        {"end_ms", SamplesToMs(edition.timeline.sections[s].end_sample, rate)},
                        {"sentences", Json::array()}});
  }
  ForEachSentence(script, [&](size_t s, const ScriptBlock& block, const Sentence& sentence,
                              size_t index) {
    const SentenceTiming& timing = edition.timeline.sentences[index];
    Json entry = {{"id", sentence.id},
                  {"kind", KindName(block.kind)},
                  {"text", sentence.display},
                  {"spoken", sentence.spoken},
                  {"start_ms", SamplesToMs(timing.start_sample, rate)},
                  {"end_ms", SamplesToMs(timing.end_sample, rate)},
                  {"words", WordsJson(sentence, timing, rate)}};
    // A passage in another language: its language, and its voice when not the
    // edition's.
    if (!block.language.empty()) entry["language"] = block.language;
    if (!block.voice.empty()) entry["voice"] = block.voice;
    if (!sentence.passages.empty()) {
      entry["passages"] = PassagesJson(sentence);
      entry["voices"] = VoicesJson(sentence, block.voice.empty() ? script.info.voice : block.voice);
    }
    sections[s]["sentences"].push_back(std::move(entry));
  });

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

  Json file_sha256 = Json::object();
  for (const auto& [name, digest] : edition.file_sha256) file_sha256[name] = digest;

  Json skipped = Json::array();
  for (const SkippedContent& content : edition.skipped) {
    skipped.push_back({{"what", content.what},
                       {"reason", content.reason},
                       {"excerpt", content.excerpt},
                       {"line", content.source_line}});
  }

  const ArticleInfo& info = script.info;
  Json root = {
      {"slug", info.slug},
      {"title", info.title},
      {"author", info.author},
      {"date", info.date},
      {"language", info.language},
      {"description", info.description},
      {"url", info.url},
      {"voice", info.voice},
      {"audio",
       {{"file", edition.audio.file},
        {"bytes", edition.audio.bytes},
        {"duration_ms", SamplesToMs(edition.audio.duration_samples, edition.audio.sample_rate_hz)},
        {"duration_samples", edition.audio.duration_samples},
        {"sample_rate", edition.audio.sample_rate_hz},
        {"loudness_lufs", std::round(edition.audio.loudness_lufs * 100) / 100},
        {"true_peak_dbtp", std::round(edition.audio.true_peak_dbtp * 100) / 100}}},
      {"files",
       {{"captions", files.captions},
        {"chapters_vtt", files.chapters_vtt},
        {"chapters_json", files.chapters_json},
        {"transcript_html", files.transcript_html},
        {"transcript_text", files.transcript_text},
        {"epub", files.epub}}},
      {"files_sha256", std::move(file_sha256)},
      {"sections", std::move(sections)},
      {"pronunciations", std::move(pronunciations)},
      {"skipped", std::move(skipped)},
      {"source_warnings", edition.source_warnings},
      {"source", info.source_path},
      {"source_sha256", script.source_sha256},
      {"spoken_version", edition.spoken_version},
      {"build_key", edition.build_key}};
  // Serialized straight into `out`, not through a string as dump() would: a long article's
  // manifest is megabytes.
  nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char>(out), ' ',
                                                nlohmann::json::error_handler_t::replace);
  serializer.dump(root, true, false, 2);
  out << "\n";
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
