"""End to end: `spoken build` on the sample and a tiny article, checked with outside readers
(ffprobe, ffmpeg, the webvtt-parser npm package, feedparser)."""
import filecmp
import os
import re
import sys
import unittest

import feedparser

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


class EditionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.result = harness.build(cls.out, harness.SAMPLE, harness.TINY, jobs=2)
        cls.folder = os.path.join(cls.out, "bone-brain-axis")
        cls.manifest = harness.load_json(os.path.join(cls.folder, "manifest.json"))
        cls.mp3 = os.path.join(cls.folder, "bone-brain-axis.mp3")

    def sentences(self, manifest=None):
        manifest = manifest or self.manifest
        return [s for section in manifest["sections"] for s in section["sentences"]]

    def test_build_succeeds_and_reports_each_article(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertIn("built bone-brain-axis", self.result.stderr)
        self.assertIn("built tiny", self.result.stderr)

    def test_every_output_file_exists(self):
        for name in ["bone-brain-axis.mp3", "bone-brain-axis.vtt", "bone-brain-axis.chapters.vtt",
                     "bone-brain-axis.chapters.json", "bone-brain-axis.txt", "index.html", "manifest.json"]:
            self.assertTrue(os.path.getsize(os.path.join(self.folder, name)) > 0, name)
        for name in ["feed.xml", "index.html"]:
            self.assertTrue(os.path.exists(os.path.join(self.out, name)), name)
        leftovers = [f for _, _, files in os.walk(self.out) for f in files if ".tmp-" in f]
        self.assertEqual(leftovers, [])

    def test_ffprobe_lists_the_six_sections_as_chapters_with_the_manifest_times(self):
        chapters = harness.ffprobe_json(self.mp3, "-show_chapters")["chapters"]
        sections = self.manifest["sections"]
        self.assertEqual(len(chapters), 6)
        self.assertEqual([c["tags"]["title"] for c in chapters], [s["title"] for s in sections])
        self.assertEqual(chapters[1]["tags"]["title"], "What Is the Bone–Brain Axis?")
        for chapter, section in zip(chapters, sections):
            self.assertEqual(chapter["time_base"], "1/1000")
            self.assertEqual(int(chapter["start"]), section["start_ms"])
            self.assertEqual(int(chapter["end"]), section["end_ms"])
        self.assertEqual(sections[-1]["end_ms"], self.manifest["audio"]["duration_ms"])

    def test_decoded_audio_is_exactly_as_long_as_the_manifest_says(self):
        audio = self.manifest["audio"]
        self.assertEqual(harness.decoded_sample_count(self.mp3), audio["duration_samples"])
        self.assertEqual(os.path.getsize(self.mp3), audio["bytes"])
        self.assertEqual(audio["sample_rate"], 22050)

    def test_loudness_is_podcast_standard_as_ffmpeg_measures_it(self):
        integrated, true_peak = harness.ebur128(self.mp3)
        self.assertAlmostEqual(integrated, -16.0, delta=0.5)
        self.assertLessEqual(true_peak, -1.0)
        self.assertAlmostEqual(self.manifest["audio"]["loudness_lufs"], integrated, delta=0.3)

    def test_captions_parse_and_agree_with_the_manifest_to_the_millisecond(self):
        parsed = harness.vtt_cues(os.path.join(self.folder, "bone-brain-axis.vtt"))
        self.assertEqual(parsed["errors"], [])
        sentences = self.sentences()
        self.assertEqual(len(parsed["cues"]), len(sentences))
        for cue, sentence in zip(parsed["cues"], sentences):
            self.assertEqual(cue["id"], sentence["id"])
            self.assertEqual(round(cue["start"] * 1000), sentence["start_ms"])
            self.assertEqual(round(cue["end"] * 1000), sentence["end_ms"])
            self.assertEqual(" ".join(cue["text"].split()), " ".join(sentence["text"].split()))
        starts = [c["start"] for c in parsed["cues"]]
        self.assertEqual(starts, sorted(starts))

    def test_chapter_track_and_json_chapters_agree_with_the_manifest(self):
        parsed = harness.vtt_cues(os.path.join(self.folder, "bone-brain-axis.chapters.vtt"), "chapters")
        self.assertEqual(parsed["errors"], [])
        chapters = harness.load_json(os.path.join(self.folder, "bone-brain-axis.chapters.json"))
        self.assertEqual(chapters["version"], "1.2.0")
        for cue, json_chapter, section in zip(parsed["cues"], chapters["chapters"], self.manifest["sections"]):
            self.assertEqual(cue["text"], section["title"])
            self.assertEqual(json_chapter["title"], section["title"])
            self.assertEqual(round(cue["start"] * 1000), section["start_ms"])
            self.assertEqual(round(json_chapter["startTime"] * 1000), section["start_ms"])
            self.assertEqual(round(json_chapter["endTime"] * 1000), section["end_ms"])

    def test_words_lie_inside_their_sentences(self):
        for sentence in self.sentences():
            self.assertTrue(sentence["words"], sentence["id"])
            for word in sentence["words"]:
                self.assertGreaterEqual(word["start_ms"], sentence["start_ms"])
                self.assertLessEqual(word["end_ms"], sentence["end_ms"])
                self.assertIn(word["text"], sentence["text"])

    def test_audio_is_labelled_as_a_reading_of_the_article(self):
        first = self.sentences()[0]
        self.assertEqual(first["kind"], "announcement")
        self.assertTrue(first["text"].startswith("Audio edition of New Research Highlights"))
        self.assertIn("read by a synthetic voice", first["text"])

    def test_feed_parses_with_feedparser(self):
        feed = feedparser.parse(os.path.join(self.out, "feed.xml"))
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertEqual(len(feed.entries), 2)
        by_title = {e.title: e for e in feed.entries}
        entry = by_title[self.manifest["title"]]
        enclosure = entry.enclosures[0]
        self.assertEqual(int(enclosure["length"]), os.path.getsize(self.mp3))
        self.assertEqual(enclosure["type"], "audio/mpeg")
        self.assertTrue(enclosure["href"].endswith("/bone-brain-axis/bone-brain-axis.mp3"))
        self.assertEqual(int(entry.itunes_duration), round(self.manifest["audio"]["duration_ms"] / 1000))
        self.assertEqual(entry.published, "Fri, 20 Nov 2026 00:00:00 GMT")
        self.assertEqual(feed.entries[0].title, self.manifest["title"])  # newest first
        self.assertFalse(entry.guidislink)

    def test_tiny_article_keeps_its_link_and_escapes_markup_characters(self):
        tiny = harness.load_json(os.path.join(self.out, "tiny", "manifest.json"))
        texts = [s["text"] for s in self.sentences(tiny)]
        self.assertIn("Exercise helps both <bone> and mood.", texts)
        with open(os.path.join(self.out, "tiny", "index.html"), encoding="utf-8") as f:
            page = f.read()
        # Each timed word is a span inside the link (the page's word highlight).
        words_removed = re.sub(r'<span class="w"[^>]*>([^<]*)</span>', r"\1", page)
        self.assertIn('<a href="https://example.org/review">the review</a>', words_removed)
        self.assertIn("&lt;bone&gt;", words_removed)
        parsed = harness.vtt_cues(os.path.join(self.out, "tiny", "tiny.vtt"))
        self.assertEqual(parsed["errors"], [])
        self.assertIn("Exercise helps both <bone> and mood.", [c["text"] for c in parsed["cues"]])

    def test_a_rebuild_is_byte_identical(self):
        again = harness.temp_dir(self)
        result = harness.build(again, harness.SAMPLE, harness.TINY, jobs=1)
        self.assertEqual(result.returncode, 0, result.stderr)
        comparison = filecmp.dircmp(self.out, again)
        self.assertEqual(comparison.diff_files, [])
        for sub in ["bone-brain-axis", "tiny"]:
            sub_comparison = filecmp.dircmp(os.path.join(self.out, sub), os.path.join(again, sub))
            _, mismatch, errors = filecmp.cmpfiles(os.path.join(self.out, sub), os.path.join(again, sub),
                                                   sub_comparison.common_files, shallow=False)
            self.assertEqual(mismatch + errors, [], sub)


if __name__ == "__main__":
    unittest.main()
