"""End to end: the transcript pages and the site index in headless Chromium, audited with
axe-core (WCAG 2.2 A/AA), with Chromium's own WebVTT parser and media player."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def audit(path):
    return harness.node_json("page_audit.js", "file://" + os.path.abspath(path))


class PagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        result = harness.build(cls.out, harness.SAMPLE, harness.TINY)
        assert result.returncode == 0, result.stderr
        cls.manifest = harness.load_json(os.path.join(cls.out, "bone-brain-axis", "manifest.json"))
        cls.transcript = audit(os.path.join(cls.out, "bone-brain-axis", "index.html"))
        cls.index = audit(os.path.join(cls.out, "index.html"))

    def assert_heading_outline_is_sound(self, headings):
        levels = [int(tag[1]) for tag, _ in headings]
        self.assertEqual(levels.count(1), 1)
        self.assertEqual(levels[0], 1)
        for previous, current in zip(levels, levels[1:]):
            self.assertLessEqual(current, previous + 1, headings)

    def test_transcript_page_has_no_axe_violations(self):
        self.assertEqual(self.transcript["axe"]["violations"], [])
        self.assertGreater(self.transcript["axe"]["passes"], 10)

    def test_transcript_page_outline_names_every_section(self):
        self.assert_heading_outline_is_sound(self.transcript["headings"])
        texts = [text for _, text in self.transcript["headings"]]
        for section in self.manifest["sections"]:
            self.assertTrue(any(t.startswith(section["title"]) for t in texts), section["title"])
        self.assertEqual(self.transcript["lang"], "en-US")
        self.assertEqual(self.transcript["autoplay"], 0)

    def test_contents_links_move_the_player_to_their_section(self):
        seeks = self.transcript["seeks"]
        self.assertEqual(len(seeks), len(self.manifest["sections"]))
        for seek, section in zip(seeks, self.manifest["sections"]):
            self.assertAlmostEqual(seek["got"], section["start_ms"] / 1000, places=3)
            self.assertAlmostEqual(seek["wanted"], section["start_ms"] / 1000, places=3)

    def test_chromium_reads_the_caption_and_chapter_tracks_with_manifest_times(self):
        tracks = {t["kind"]: t for t in self.transcript["tracks"]}
        sentences = [s for section in self.manifest["sections"] for s in section["sentences"]]
        captions = tracks["captions"]["cues"]
        self.assertEqual([c[0] for c in captions], [s["id"] for s in sentences])
        for (_, start, end), sentence in zip(captions, sentences):
            self.assertEqual(round(start * 1000), sentence["start_ms"])
            self.assertEqual(round(end * 1000), sentence["end_ms"])
        chapters = tracks["chapters"]["cues"]
        self.assertEqual([round(c[1] * 1000) for c in chapters],
                         [s["start_ms"] for s in self.manifest["sections"]])

    def test_site_index_has_no_axe_violations(self):
        self.assertEqual(self.index["axe"]["violations"], [])
        self.assert_heading_outline_is_sound(self.index["headings"])
        self.assertEqual(len([h for h in self.index["headings"] if h[0] == "H2"]), 2)


if __name__ == "__main__":
    unittest.main()
