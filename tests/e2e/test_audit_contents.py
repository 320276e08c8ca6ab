"""End to end: `spoken audit` checks what each file of an edition says, not only that it is
there (#14, defect 12). Each test changes one file of a copy of a fresh edition after the
build and expects the audit to fail, naming that file."""
import os
import shutil
import unittest

import harness


class AuditContentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.built = harness.temp_dir(cls)
        result = harness.build(cls.built, harness.TINY)
        assert result.returncode == 0, result.stderr

    def tampered_audit(self, name, change):
        """Audits a copy of the edition whose file `name` was rewritten by `change(bytes)`."""
        out = harness.temp_dir(self)
        shutil.copytree(os.path.join(self.built, "tiny"), os.path.join(out, "tiny"))
        path = os.path.join(out, "tiny", name)
        with open(path, "rb") as f:
            content = f.read()
        changed = change(content)
        self.assertNotEqual(changed, content)
        with open(path, "wb") as f:
            f.write(changed)
        result = harness.run_spoken("audit", "--out", out, "tiny")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("tiny: FAIL", result.stdout)
        self.assertRegex(result.stdout, r"FAIL +digests: changed since the build .*" + name)
        return result.stdout

    def test_an_untouched_edition_passes_every_content_check(self):
        result = harness.run_spoken("audit", "--out", self.built, "tiny")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        for check in ("digests", "coverage", "text transcript", "chapters"):
            self.assertRegex(result.stdout, r"ok +%s: " % check)

    def test_a_changed_caption_text_fails(self):
        report = self.tampered_audit(
            "tiny.vtt", lambda b: b.replace(b"Read the review for more.", b"Read the ad for more."))
        self.assertRegex(report, r'FAIL +coverage: tiny.vtt: the cue of s3 says "Read the ad')

    def test_a_changed_transcript_page_fails(self):
        report = self.tampered_audit("index.html", lambda b: b.replace(b">review<", b">advert<", 1))
        self.assertRegex(report, r'FAIL +coverage: index.html: s3 shows "Read the advert')

    def test_a_changed_text_transcript_fails(self):
        report = self.tampered_audit("tiny.txt", lambda b: b.replace(b" Read the review for more.", b""))
        self.assertRegex(report, r"FAIL +text transcript: tiny.txt: s3 .* is missing or out of order")

    def test_changed_chapter_times_fail(self):
        report = self.tampered_audit(
            "tiny.chapters.json", lambda b: b.replace(b'"startTime": 11.957', b'"startTime": 12.5'))
        self.assertRegex(report, r"FAIL +chapters: tiny.chapters.json: chapter 2 .*00:00:12.500")

    def test_changed_chapter_captions_book_and_audio_fail_by_digest(self):
        self.tampered_audit("tiny.chapters.vtt", lambda b: b.replace(b"Two Findings", b"Two Adverts"))
        self.tampered_audit("tiny.epub", lambda b: b[:-40] + bytes(40))
        # The same size, so the size check alone passes: one byte inside the audio.
        self.tampered_audit("tiny.mp3", lambda b: b[:len(b) // 2] + bytes([b[len(b) // 2] ^ 1])
                            + b[len(b) // 2 + 1:])


if __name__ == "__main__":
    unittest.main()
