"""End to end: the number of worker processes changes nothing in an edition. A
multi-section article long enough to be spoken in several chunks is built alone with
--jobs 1 and with --jobs 2 (its sentences then spoken by two processes at once), and
every file is compared byte for byte; the audio (encoded in segments on as many threads
and joined) is checked with ffprobe and ffmpeg."""
import filecmp
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

SECTIONS = os.path.join(harness.ROOT, "tests", "data", "e2e", "sections.md")


class JobsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.outs = {}
        for jobs in (1, 2):
            out = harness.temp_dir(cls)
            result = harness.build(out, SECTIONS, jobs=jobs)
            assert result.returncode == 0, result.stderr
            cls.outs[jobs] = out

    def test_every_file_is_byte_identical_whatever_the_jobs(self):
        one, two = self.outs[1], self.outs[2]
        top = filecmp.dircmp(one, two)
        self.assertEqual(top.left_only + top.right_only, [])
        for folder in ["sections", "."]:
            names = sorted(os.listdir(os.path.join(one, folder)))
            files = [n for n in names if os.path.isfile(os.path.join(one, folder, n))]
            self.assertTrue(files)
            _, mismatch, errors = filecmp.cmpfiles(os.path.join(one, folder), os.path.join(two, folder),
                                                   files, shallow=False)
            self.assertEqual(mismatch + errors, [], folder)

    def test_chapters_and_decoded_length_agree_with_the_manifest(self):
        folder = os.path.join(self.outs[2], "sections")
        manifest = harness.load_json(os.path.join(folder, "manifest.json"))
        mp3 = os.path.join(folder, "sections.mp3")
        self.assertEqual(harness.decoded_sample_count(mp3), manifest["audio"]["duration_samples"])
        # Long enough to be mastered and encoded as several segments (30 s or more each)
        # joined into the one MP3, so the chapter times below cross the joins.
        self.assertGreater(manifest["audio"]["duration_samples"], 3 * 30 * 22050)
        chapters = harness.ffprobe_json(mp3, "-show_chapters")["chapters"]
        self.assertEqual(len(chapters), len(manifest["sections"]))
        self.assertEqual(len(chapters), 6)  # the title's section, then the five headings
        for chapter, section in zip(chapters, manifest["sections"]):
            self.assertEqual(int(chapter["start"]), section["start_ms"])
            self.assertEqual(int(chapter["end"]), section["end_ms"])


if __name__ == "__main__":
    unittest.main()
