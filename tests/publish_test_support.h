// Shared by the publish_*_test.cc files: a tiny Edition built in code, so each writer's
// whole output can be compared with a literal.
#pragma once

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "audio/edition.h"
#include "publish/manifest.h"

namespace spoken {

/// One sentence whose spoken text is its display text.
inline Sentence PlainSentence(std::string id, std::string text, size_t display_begin = 0) {
  Sentence sentence{.id = std::move(id), .display = text, .spoken = text};
  sentence.map = OffsetMap::Identity(text.size());
  sentence.display_begin = display_begin;
  return sentence;
}

/// Marks bytes [begin, end) of a PlainSentence as an inline passage in `language`.
inline void AddPassage(Sentence& sentence, size_t begin, size_t end, std::string language) {
  sentence.passages.push_back({.display_begin = begin,
                               .display_end = end,
                               .spoken_begin = begin,
                               .spoken_end = end,
                               .language = std::move(language)});
}

/// TinyEdition's s2 "The Moon pulls the sea." and its German quote s6 "Ebbe und Flut.".
inline Sentence& TinyS2(Edition& edition) {
  return edition.script.sections[0].blocks[1].sentences[0];
}
inline Sentence& TinyS6(Edition& edition) {
  return edition.script.sections[1].blocks[2].sentences[0];
}

/// "tiny-tide", two sections, five sentences, at 1000 Hz so that samples read as ms:
///   section 1 "Tides & Moons" [0, 4000): announcement s1; paragraph s2 s3 with a link on
///     "Moon" and the hinted term "osteocalcin" in s3
///   section 2 "Why <it> matters" [4000, 9000): heading s4; list item s5 whose "6:30" is
///     said "six thirty"; a quote in German s6
/// Words are timed in s2 and s5. One pronunciation hint, osteocalcin, used once in s3.
inline Edition TinyEdition() {
  Edition edition;
  ArticleInfo& info = edition.script.info;
  info.slug = "tiny-tide";
  info.source_path = "articles/tiny-tide.md";
  info.title = "Tides & Moons";
  info.author = "A. Writer";
  info.date = "2026-03-01";
  info.language = "en-US";
  info.description = "Why the sea <rises>.";
  info.url = "https://example.org/tides";
  info.voice = "en-us";
  edition.script.source_sha256 = "5ource";

  ScriptSection opening{.title = "Tides & Moons"};
  ScriptBlock announcement{.kind = ScriptBlockKind::kAnnouncement,
                           .text = "Tides & Moons, by A. Writer."};
  announcement.sentences.push_back(PlainSentence("s1", announcement.text));
  opening.blocks.push_back(std::move(announcement));
  ScriptBlock paragraph{.kind = ScriptBlockKind::kParagraph,
                        .text = "The Moon pulls the sea. Osteocalcin is not involved."};
  paragraph.links.push_back({.begin = 4, .end = 8, .href = "https://example.org/moon"});
  paragraph.sentences.push_back(PlainSentence("s2", "The Moon pulls the sea."));
  paragraph.sentences.push_back(PlainSentence("s3", "Osteocalcin is not involved.", 24));
  opening.blocks.push_back(std::move(paragraph));
  edition.script.sections.push_back(std::move(opening));

  ScriptSection why{.title = "Why <it> matters"};
  ScriptBlock heading{.kind = ScriptBlockKind::kHeading, .text = "Why <it> matters"};
  heading.sentences.push_back(PlainSentence("s4", heading.text));
  why.blocks.push_back(std::move(heading));
  ScriptBlock item{.kind = ScriptBlockKind::kListItem,
                   .text = "High tide at 6:30.",
                   .list_id = 1,
                   .ordered_list = false};
  Sentence timed{.id = "s5", .display = item.text, .spoken = "High tide at six thirty."};
  timed.map.AppendVerbatim(13);    // "High tide at "
  timed.map.AppendRewrite(10, 4);  // "six thirty" for "6:30"
  timed.map.AppendVerbatim(1);     // "."
  item.sentences.push_back(std::move(timed));
  why.blocks.push_back(std::move(item));
  ScriptBlock quote{
      .kind = ScriptBlockKind::kQuote, .text = "Ebbe und Flut.", .language = "de", .voice = "de"};
  quote.sentences.push_back(PlainSentence("s6", quote.text));
  why.blocks.push_back(std::move(quote));
  edition.script.sections.push_back(std::move(why));

  Timeline& timeline = edition.timeline;
  timeline.sample_rate_hz = 1000;
  timeline.total_samples = 9000;
  timeline.sections = {{0, 4000}, {4000, 9000}};
  timeline.sentences = {
      {.start_sample = 0, .end_sample = 1500},
      {.start_sample = 1800,
       .end_sample = 2900,
       .words = {{0, 3, 1800, 2000},
                 {4, 8, 2000, 2400},
                 {9, 14, 2400, 2600},
                 {15, 18, 2600, 2700},
                 {19, 22, 2700, 2900}}},
      {.start_sample = 3000, .end_sample = 3900},
      {.start_sample = 4000, .end_sample = 4600},
      {.start_sample = 5000,
       .end_sample = 6200,
       .words = {{13, 16, 5600, 5800}, {17, 23, 5800, 6200}}},
      {.start_sample = 6800, .end_sample = 8500},
  };

  edition.audio = {.file = "tiny-tide.mp3",
                   .bytes = 123456,
                   .duration_samples = 9000,
                   .sample_rate_hz = 1000,
                   .loudness_lufs = -16.004,
                   .true_peak_dbtp = -1.626};
  edition.pronunciations.push_back({.term = "osteocalcin",
                                    .ipa = "ˌɒstioʊˈkælsɪn",
                                    .respelling = "os-tee-oh-KAL-sin",
                                    .lexicon = "voices/lexicons/en.pls",
                                    .lexicon_line = 12,
                                    .count = 1,
                                    .occurrences = {{"s3", 0, 11}}});
  edition.spoken_version = "0.1.0";
  edition.build_key = "k3y";
  edition.file_sha256 = {{"tiny-tide.mp3", "d1g3st"}, {"tiny-tide.vtt", "0ther"}};
  edition.skipped = {
      {.what = "nav", .reason = "navigation", .excerpt = "Home <About>", .source_line = 4}};
  edition.source_warnings = {"articles/tiny-tide.md:7: bytes at offset 90 are not valid UTF-8"};
  return edition;
}

/// The summary the site writers read back from TinyEdition's manifest.
inline EditionSummary TinySummary() {
  std::ostringstream manifest;
  WriteManifest(TinyEdition(), manifest);
  return ParseManifest(manifest.str(), "tiny-tide/manifest.json").value();
}

/// The part of `text` from the first `from` up to, not including, the next `to` (to the
/// end when there is none), for comparing whole parts of a long page with a literal.
inline std::string Between(const std::string& text, const std::string& from,
                           const std::string& to) {
  const size_t begin = text.find(from);
  if (begin == std::string::npos) return "(no " + from + ")";
  return text.substr(begin, text.find(to, begin + from.size()) - begin);
}

}  // namespace spoken
