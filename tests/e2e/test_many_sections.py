"""End to end: an article with more sections than one ID3 CTOC frame can list (its entry
count is one byte, at most 255) still builds. The MP3 carries one CHAP per section under a
tree of CTOCs; ffprobe reads every chapter at the manifest's times, and the decoded
length matches the manifest across the joins of the segments the MP3 was encoded in."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

SECTIONS = 300


class ManySectionsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        work = harness.temp_dir(cls)
        cls.article = os.path.join(work, "many.md")
        with open(cls.article, "w", encoding="utf-8") as out:
            out.write('---\ntitle: "Many Sections"\nlanguage: en-US\n---\n\nA long list.\n\n')
            for n in range(1, SECTIONS):
                out.write(f"## Part {n}\n\nItem {n}.\n\n")
        cls.out = os.path.join(work, "out")
        result = harness.build(cls.out, cls.article)
        assert result.returncode == 0, result.stderr

    def test_ffprobe_reads_every_section_as_a_chapter_at_the_manifest_times(self):
        folder = os.path.join(self.out, "many")
        manifest = harness.load_json(os.path.join(folder, "manifest.json"))
        self.assertEqual(len(manifest["sections"]), SECTIONS)
        mp3 = os.path.join(folder, "many.mp3")
        chapters = harness.ffprobe_json(mp3, "-show_chapters")["chapters"]
        self.assertEqual(len(chapters), SECTIONS)
        for chapter, section in zip(chapters, manifest["sections"]):
            self.assertEqual(int(chapter["start"]), section["start_ms"])
            self.assertEqual(int(chapter["end"]), section["end_ms"])
            self.assertEqual(chapter["tags"]["title"], section["title"])
        self.assertEqual(harness.decoded_sample_count(mp3), manifest["audio"]["duration_samples"])


if __name__ == "__main__":
    unittest.main()
