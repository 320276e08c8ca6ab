#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "publish/manifest.h"
#include "publish_test_support.h"

namespace spoken {
namespace {

std::string Manifest(const Edition& edition) {
  std::ostringstream out;
  WriteManifest(edition, out);
  return out.str();
}

TEST(Manifest, DescribesEveryFileSectionSentenceWordAndHint) {
  EXPECT_EQ(Manifest(TinyEdition()), R"({
  "slug": "tiny-tide",
  "title": "Tides & Moons",
  "author": "A. Writer",
  "date": "2026-03-01",
  "language": "en-US",
  "description": "Why the sea <rises>.",
  "url": "https://example.org/tides",
  "voice": "en-us",
  "audio": {
    "file": "tiny-tide.mp3",
    "bytes": 123456,
    "duration_ms": 9000,
    "duration_samples": 9000,
    "sample_rate": 1000,
    "loudness_lufs": -16.0,
    "true_peak_dbtp": -1.63
  },
  "files": {
    "captions": "tiny-tide.vtt",
    "chapters_vtt": "tiny-tide.chapters.vtt",
    "chapters_json": "tiny-tide.chapters.json",
    "transcript_html": "index.html",
    "transcript_text": "tiny-tide.txt",
    "epub": "tiny-tide.epub"
  },
  "files_sha256": {
    "tiny-tide.mp3": "d1g3st",
    "tiny-tide.vtt": "0ther"
  },
  "sections": [
    {
      "title": "Tides & Moons",
      "start_ms": 0,
      "end_ms": 4000,
      "sentences": [
        {
          "id": "s1",
          "kind": "announcement",
          "text": "Tides & Moons, by A. Writer.",
          "spoken": "Tides & Moons, by A. Writer.",
          "start_ms": 0,
          "end_ms": 1500,
          "words": []
        },
        {
          "id": "s2",
          "kind": "paragraph",
          "text": "The Moon pulls the sea.",
          "spoken": "The Moon pulls the sea.",
          "start_ms": 1800,
          "end_ms": 2900,
          "words": [
            {
              "text": "The",
              "start_ms": 1800,
              "end_ms": 2000
            },
            {
              "text": "Moon",
              "start_ms": 2000,
              "end_ms": 2400
            },
            {
              "text": "pulls",
              "start_ms": 2400,
              "end_ms": 2600
            },
            {
              "text": "the",
              "start_ms": 2600,
              "end_ms": 2700
            },
            {
              "text": "sea",
              "start_ms": 2700,
              "end_ms": 2900
            }
          ]
        },
        {
          "id": "s3",
          "kind": "paragraph",
          "text": "Osteocalcin is not involved.",
          "spoken": "Osteocalcin is not involved.",
          "start_ms": 3000,
          "end_ms": 3900,
          "words": []
        }
      ]
    },
    {
      "title": "Why <it> matters",
      "start_ms": 4000,
      "end_ms": 9000,
      "sentences": [
        {
          "id": "s4",
          "kind": "heading",
          "text": "Why <it> matters",
          "spoken": "Why <it> matters",
          "start_ms": 4000,
          "end_ms": 4600,
          "words": []
        },
        {
          "id": "s5",
          "kind": "list_item",
          "text": "High tide at 6:30.",
          "spoken": "High tide at six thirty.",
          "start_ms": 5000,
          "end_ms": 6200,
          "words": [
            {
              "text": "6:30",
              "start_ms": 5600,
              "end_ms": 5800
            },
            {
              "text": "6:30",
              "start_ms": 5800,
              "end_ms": 6200
            }
          ]
        },
        {
          "id": "s6",
          "kind": "quote",
          "text": "Ebbe und Flut.",
          "spoken": "Ebbe und Flut.",
          "start_ms": 6800,
          "end_ms": 8500,
          "words": [],
          "language": "de",
          "voice": "de"
        }
      ]
    }
  ],
  "pronunciations": [
    {
      "term": "osteocalcin",
      "ipa": "ˌɒstioʊˈkælsɪn",
      "respelling": "os-tee-oh-KAL-sin",
      "alias": "",
      "lexicon": "voices/lexicons/en.pls",
      "lexicon_line": 12,
      "count": 1,
      "sentences": [
        "s3"
      ]
    }
  ],
  "skipped": [
    {
      "what": "nav",
      "reason": "navigation",
      "excerpt": "Home <About>",
      "line": 4
    }
  ],
  "source_warnings": [
    "articles/tiny-tide.md:7: bytes at offset 90 are not valid UTF-8"
  ],
  "source": "articles/tiny-tide.md",
  "source_sha256": "5ource",
  "spoken_version": "0.1.0",
  "build_key": "k3y"
}
)");
}

TEST(Manifest, ASentenceWithInlinePassagesListsThemAndEveryVoiceThatReadIt) {
  Edition edition = TinyEdition();
  AddPassage(TinyS2(edition), 4, 8, "fr");    // "Moon"
  AddPassage(TinyS2(edition), 19, 22, "fr");  // "sea"
  TinyS2(edition).passages[0].voice = TinyS2(edition).passages[1].voice = "fr";
  AddPassage(TinyS6(edition), 9, 13, "en");  // "Flut", in the German quote
  TinyS6(edition).passages[0].voice = "en-us";
  const nlohmann::json manifest = nlohmann::json::parse(Manifest(edition));
  const nlohmann::json& s2 = manifest["sections"][0]["sentences"][1];
  EXPECT_EQ(s2["passages"], nlohmann::json::parse(R"([
    {"text": "Moon", "language": "fr", "voice": "fr"},
    {"text": "sea", "language": "fr", "voice": "fr"}])"));
  EXPECT_EQ(s2["voices"], nlohmann::json::parse(R"(["en-us", "fr"])"));
  const nlohmann::json& s6 = manifest["sections"][1]["sentences"][2];
  EXPECT_EQ(s6["voices"], nlohmann::json::parse(R"(["de", "en-us"])"));
  EXPECT_FALSE(manifest["sections"][0]["sentences"][2].contains("passages"));
  EXPECT_FALSE(manifest["sections"][0]["sentences"][2].contains("voices"));
}

TEST(Manifest, NamesTheFilesOfAnEditionAfterItsSlug) {
  const EditionFiles files = EditionFiles::ForSlug("tiny-tide");
  EXPECT_EQ(files.audio, "tiny-tide.mp3");
  EXPECT_EQ(files.captions, "tiny-tide.vtt");
  EXPECT_EQ(files.chapters_vtt, "tiny-tide.chapters.vtt");
  EXPECT_EQ(files.chapters_json, "tiny-tide.chapters.json");
  EXPECT_EQ(files.transcript_html, "index.html");
  EXPECT_EQ(files.transcript_text, "tiny-tide.txt");
  EXPECT_EQ(files.epub, "tiny-tide.epub");
}

TEST(Manifest, ParsesBackIntoTheSummaryTheSiteWritersUse) {
  auto summary = ParseManifest(Manifest(TinyEdition()), "tiny-tide/manifest.json");
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(summary->info.slug, "tiny-tide");
  EXPECT_EQ(summary->info.title, "Tides & Moons");
  EXPECT_EQ(summary->info.date, "2026-03-01");
  EXPECT_EQ(summary->info.url, "https://example.org/tides");
  EXPECT_EQ(summary->info.source_path, "articles/tiny-tide.md");
  EXPECT_EQ(summary->audio.file, "tiny-tide.mp3");
  EXPECT_EQ(summary->audio.bytes, 123456u);
  EXPECT_EQ(summary->audio.duration_samples, 9000);
  EXPECT_EQ(summary->duration_ms, 9000);
  EXPECT_EQ(summary->section_count, 2u);
  EXPECT_EQ(summary->sentence_count, 6u);
  ASSERT_EQ(summary->sentences.size(), 2u);
  EXPECT_EQ(summary->sentences[1][1].id, "s5");
  EXPECT_EQ(summary->sentences[1][1].kind, "list_item");
  ASSERT_EQ(summary->skipped.size(), 1u);
  EXPECT_EQ(summary->skipped[0].what, "nav");
  EXPECT_EQ(summary->skipped[0].reason, "navigation");
  EXPECT_EQ(summary->skipped[0].excerpt, "Home <About>");
  EXPECT_EQ(summary->skipped[0].source_line, 4);
  EXPECT_EQ(
      summary->source_warnings,
      std::vector<std::string>{"articles/tiny-tide.md:7: bytes at offset 90 are not valid UTF-8"});
  EXPECT_EQ(summary->file_sha256, (std::vector<std::pair<std::string, std::string>>{
                                      {"tiny-tide.mp3", "d1g3st"}, {"tiny-tide.vtt", "0ther"}}));
  EXPECT_EQ(summary->sentences[1][1].start_ms, 5000);
  EXPECT_EQ(summary->sections[1].text, "Why <it> matters");
  EXPECT_EQ(summary->build_key, "k3y");
  EXPECT_EQ(summary->pronunciations,
            (std::vector<std::pair<std::string, int>>{{"osteocalcin", 1}}));
}

TEST(Manifest, StreamsTheLayoutOfOneJsonTreeEvenWhereSectionsAndListsAreEmpty) {
  Edition edition = TinyEdition();
  EXPECT_EQ(Manifest(edition), nlohmann::ordered_json::parse(Manifest(edition)).dump(2) + "\n");
  edition.script.sections[1].blocks.clear();
  edition.pronunciations.clear();
  edition.skipped.clear();
  edition.source_warnings.clear();
  edition.file_sha256.clear();
  EXPECT_EQ(Manifest(edition), nlohmann::ordered_json::parse(Manifest(edition)).dump(2) + "\n");
  edition.script.sections.clear();
  edition.timeline.sections.clear();
  EXPECT_EQ(Manifest(edition), nlohmann::ordered_json::parse(Manifest(edition)).dump(2) + "\n");
}

TEST(Manifest, SummarizesAnEditionAsItsManifestParsesBack) {
  Edition edition = TinyEdition();
  edition.audio.loudness_lufs = -16.0049;
  edition.audio.true_peak_dbtp = -1.237;
  auto parsed = ParseManifest(Manifest(edition), "tiny-tide/manifest.json");
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const EditionSummary summary = SummarizeEdition(edition);
  const auto entries = [](const std::vector<TimedEntry>& list) {
    std::vector<std::tuple<std::string, std::string, std::string, int64_t, int64_t>> out;
    for (const TimedEntry& e : list) out.emplace_back(e.id, e.text, e.kind, e.start_ms, e.end_ms);
    return out;
  };
  EXPECT_EQ(summary.info.slug, parsed->info.slug);
  EXPECT_EQ(summary.info.title, parsed->info.title);
  EXPECT_EQ(summary.info.author, parsed->info.author);
  EXPECT_EQ(summary.info.date, parsed->info.date);
  EXPECT_EQ(summary.info.language, parsed->info.language);
  EXPECT_EQ(summary.info.description, parsed->info.description);
  EXPECT_EQ(summary.info.url, parsed->info.url);
  EXPECT_EQ(summary.info.voice, parsed->info.voice);
  EXPECT_EQ(summary.info.source_path, parsed->info.source_path);
  EXPECT_EQ(summary.audio.file, parsed->audio.file);
  EXPECT_EQ(summary.audio.bytes, parsed->audio.bytes);
  EXPECT_EQ(summary.audio.duration_samples, parsed->audio.duration_samples);
  EXPECT_EQ(summary.audio.sample_rate_hz, parsed->audio.sample_rate_hz);
  EXPECT_EQ(summary.audio.loudness_lufs, parsed->audio.loudness_lufs);
  EXPECT_EQ(summary.audio.true_peak_dbtp, parsed->audio.true_peak_dbtp);
  EXPECT_EQ(summary.duration_ms, parsed->duration_ms);
  EXPECT_EQ(summary.section_count, parsed->section_count);
  EXPECT_EQ(summary.sentence_count, parsed->sentence_count);
  EXPECT_EQ(entries(summary.sections), entries(parsed->sections));
  ASSERT_EQ(summary.sentences.size(), parsed->sentences.size());
  for (size_t s = 0; s < summary.sentences.size(); ++s) {
    EXPECT_EQ(entries(summary.sentences[s]), entries(parsed->sentences[s]));
  }
  EXPECT_EQ(summary.source_sha256, parsed->source_sha256);
  EXPECT_EQ(summary.build_key, parsed->build_key);
  EXPECT_EQ(summary.pronunciations, parsed->pronunciations);
  EXPECT_EQ(summary.file_sha256, parsed->file_sha256);
  ASSERT_EQ(summary.skipped.size(), parsed->skipped.size());
  EXPECT_EQ(summary.skipped[0].excerpt, parsed->skipped[0].excerpt);
  EXPECT_EQ(summary.skipped[0].source_line, parsed->skipped[0].source_line);
  EXPECT_EQ(summary.source_warnings, parsed->source_warnings);
}

TEST(Manifest, RefusesTextThatIsNotJsonNamingTheFile) {
  auto summary = ParseManifest("{\"slug\": ", "out/x/manifest.json");
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(summary.error().message, "out/x/manifest.json: not valid JSON");
}

TEST(Manifest, RefusesJsonWithoutTheRequiredFieldsNamingTheFile) {
  auto summary = ParseManifest("{\"slug\": \"x\"}", "out/x/manifest.json");
  ASSERT_FALSE(summary.ok());
  EXPECT_TRUE(summary.error().message.starts_with("out/x/manifest.json: not a Spoken manifest: "))
      << summary.error().message;
}

TEST(Manifest, SortsEditionsNewestFirstThenBySlug) {
  std::vector<EditionSummary> editions(4);
  editions[0].info = {.slug = "b", .date = "2026-01-01"};
  editions[1].info = {.slug = "a", .date = "2025-12-31"};
  editions[2].info = {.slug = "a", .date = "2026-01-01"};
  editions[3].info = {.slug = "undated"};
  SortNewestFirst(editions);
  std::vector<std::string> order;
  for (const EditionSummary& edition : editions)
    order.push_back(edition.info.slug + edition.info.date);
  EXPECT_EQ(order,
            (std::vector<std::string>{"a2026-01-01", "b2026-01-01", "a2025-12-31", "undated"}));
}

}  // namespace
}  // namespace spoken
