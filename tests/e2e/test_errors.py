"""End to end: bad input gives one clear line naming the file, the documented exit status,
the other articles still built, and no half-written file under a finished file's name."""
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class ErrorTest(unittest.TestCase):
    def setUp(self):
        self.work = harness.temp_dir(self)
        self.out = os.path.join(self.work, "out")

    def assert_one_error_line(self, result, *fragments):
        errors = [line for line in result.stderr.splitlines() if line.startswith("spoken: error:")]
        self.assertEqual(len(errors), 1, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, errors[0])

    def test_missing_file_fails_that_article_and_builds_the_others(self):
        missing = os.path.join(self.work, "nowhere.md")
        result = harness.build(self.out, missing, harness.TINY)
        self.assertEqual(result.returncode, 1)
        self.assert_one_error_line(result, missing, "no such file")
        self.assertTrue(os.path.exists(os.path.join(self.out, "tiny", "manifest.json")))
        self.assertFalse(os.path.exists(os.path.join(self.out, "nowhere")))

    def test_article_without_text_is_an_error_naming_it(self):
        empty = write(self.work, "empty.md", "---\ntitle: Empty\n---\n\n")
        result = harness.build(self.out, empty)
        self.assertEqual(result.returncode, 1)
        self.assert_one_error_line(result, empty)

    def test_unknown_voice_is_an_error_naming_it(self):
        article = write(self.work, "voiced.md", "---\ntitle: Voiced\nvoice: klingon\n---\n\nHello there.\n")
        result = harness.build(self.out, article)
        self.assertEqual(result.returncode, 1)
        self.assert_one_error_line(result, "klingon")

    def test_unwritable_output_folder_is_one_error_line(self):
        blocker = write(self.work, "a-file", "not a folder")
        result = harness.build(os.path.join(blocker, "out"), harness.TINY)
        self.assertEqual(result.returncode, 1)
        self.assert_one_error_line(result, blocker)

    def test_bad_configuration_exits_2_naming_file_and_line(self):
        config = write(self.work, "spoken.yaml", "site:\n  title: X\n  colour: red\n")
        result = harness.run_spoken("build", "--config", config, "--out", self.out, harness.TINY)
        self.assertEqual(result.returncode, 2)
        self.assert_one_error_line(result, config + ":3:", "colour")

    def test_bad_command_line_exits_2(self):
        self.assertEqual(harness.run_spoken("build", "--jobs", "0").returncode, 2)
        self.assertEqual(harness.run_spoken("no-such-command").returncode, 2)

    def test_every_command_has_help_and_there_is_a_version(self):
        for command in (["--help"], ["build", "--help"], ["normalize", "--help"], ["say", "--help"],
                        ["lexicon", "--help"], ["audit", "--help"]):
            result = harness.run_spoken(*command)
            self.assertEqual(result.returncode, 0, command)
            self.assertIn("Usage", result.stdout)
        self.assertRegex(harness.run_spoken("--version").stdout, r"^spoken \d+\.\d+\.\d+")

    def test_say_writes_a_wav_of_the_spoken_form(self):
        wav = os.path.join(self.work, "say.wav")
        result = harness.run_spoken("say", "Dr. Li found 5 mg/dL in 2026.", "-o", wav)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("twenty twenty", result.stdout)
        stream = harness.ffprobe_json(wav, "-show_streams")["streams"][0]
        self.assertEqual(stream["codec_name"], "pcm_s16le")
        self.assertGreater(float(stream["duration"]), 1.0)
        self.assertEqual(harness.run_spoken("say", "x", "-o", wav, "--voice", "klingon").returncode, 2)

    def test_audit_passes_a_fresh_edition_and_names_what_breaks(self):
        article = shutil.copy(harness.TINY, os.path.join(self.work, "tiny.md"))
        self.assertEqual(harness.build(self.out, article).returncode, 0)
        audit = harness.run_spoken("audit", "--out", self.out)
        self.assertEqual(audit.returncode, 0, audit.stdout + audit.stderr)
        self.assertIn("tiny: PASS", audit.stdout)
        self.assertRegex(audit.stdout, r"ok +loudness: -1[56]\.\d LUFS")
        # A caption cue lost after publishing, and an article edited after the build:
        captions = os.path.join(self.out, "tiny", "tiny.vtt")
        with open(captions, encoding="utf-8") as f:
            text = f.read()
        with open(captions, "w", encoding="utf-8") as f:
            f.write(text.replace("\ns3\n", "\nx3\n"))
        with open(article, "a", encoding="utf-8") as f:
            f.write("\nOne more line.\n")
        audit = harness.run_spoken("audit", "tiny", "--out", self.out)
        self.assertEqual(audit.returncode, 1)
        self.assertIn("tiny: FAIL", audit.stdout)
        self.assertRegex(audit.stdout, r"FAIL +coverage: s3 has no caption cue")
        self.assertRegex(audit.stdout, r"FAIL +source: .*changed since")

    def test_unchanged_editions_are_not_rendered_again(self):
        article = shutil.copy(harness.TINY, os.path.join(self.work, "tiny.md"))
        self.assertEqual(harness.build(self.out, article).returncode, 0)
        mp3 = os.path.join(self.out, "tiny", "tiny.mp3")
        first = os.stat(mp3).st_mtime_ns
        again = harness.build(self.out, article)
        self.assertEqual(again.returncode, 0)
        self.assertIn("spoken: tiny: up to date", again.stderr)
        self.assertEqual(os.stat(mp3).st_mtime_ns, first)
        with open(article, "a", encoding="utf-8") as f:
            f.write("\nA new closing line.\n")
        changed = harness.build(self.out, article)
        self.assertIn("built tiny", changed.stderr)
        self.assertIn("A new closing line.", open(os.path.join(self.out, "tiny", "tiny.txt"), encoding="utf-8").read())
        forced = harness.run_spoken("build", "--force", "--out", self.out, article)
        self.assertIn("built tiny", forced.stderr)

    def test_rebuild_that_fails_before_writing_keeps_the_earlier_edition(self):
        folder = os.path.join(self.work, "a")
        os.makedirs(folder)
        article = shutil.copy(harness.TINY, os.path.join(folder, "tiny.md"))
        self.assertEqual(harness.build(self.out, article).returncode, 0)
        write(folder, "tiny.md", "---\ntitle: Tiny\nvoice: klingon\n---\n\nHello.\n")
        self.assertEqual(harness.build(self.out, article).returncode, 1)
        # The voice is refused before anything is written: the earlier edition is untouched.
        self.assertTrue(os.path.exists(os.path.join(self.out, "tiny", "manifest.json")))
        leftovers = [f for _, _, files in os.walk(self.out) for f in files if ".tmp-" in f]
        self.assertEqual(leftovers, [])

    def test_failed_rebuild_leaves_no_manifest_claiming_a_finished_edition(self):
        article = shutil.copy(harness.TINY, os.path.join(self.work, "tiny.md"))
        self.assertEqual(harness.build(self.out, article).returncode, 0)
        edition = os.path.join(self.out, "tiny")
        with open(article, "a", encoding="utf-8") as f:
            f.write("\nA sentence that makes every output file change.\n")
        # A folder where the plain-text transcript goes: the rebuild replaces the MP3 and the
        # captions, then cannot put tiny.txt in place and fails half-way.
        os.remove(os.path.join(edition, "tiny.txt"))
        os.makedirs(os.path.join(edition, "tiny.txt", "blocker"))
        result = harness.build(self.out, article)
        self.assertEqual(result.returncode, 1)
        self.assert_one_error_line(result, "tiny.txt")
        leftovers = [f for _, _, files in os.walk(self.out) for f in files if ".tmp-" in f]
        self.assertEqual(leftovers, [])
        # A manifest may stay only if it still describes the files beside it (a rebuild that
        # keeps the earlier edition whole); one describing the earlier MP3 and captions
        # next to the new ones would claim a finished edition that is not there.
        manifest_path = os.path.join(edition, "manifest.json")
        if os.path.exists(manifest_path):
            manifest = harness.load_json(manifest_path)
            self.assertEqual(manifest["audio"]["bytes"], os.path.getsize(os.path.join(edition, "tiny.mp3")))
            cues = harness.vtt_cues(os.path.join(edition, "tiny.vtt"))["cues"]
            self.assertEqual([c["id"] for c in cues],
                             [s["id"] for section in manifest["sections"] for s in section["sentences"]])
        audit = harness.run_spoken("audit", "tiny", "--out", self.out)
        self.assertNotEqual(audit.returncode, 0)

if __name__ == "__main__":
    unittest.main()
