"""End to end (#9): what the reader leaves out of a web page, and the warnings about its
bytes, reach the manifest, the transcript page (checked in headless Chromium with axe-core)
and `spoken audit`."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from test_pages import audit  # noqa: E402

# No charset declared and one Windows-1252 byte (0xE9, "é"): read as windows-1252, warned.
PAGE = (b"<!doctype html><html lang=en><head><title>Caf\xe9 hours</title></head><body>\n"
        b"<nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>\n"
        b"<div class='cookie-banner'>We use cookies to improve your visit.</div>\n"
        b"<article><h1>Caf\xe9 hours</h1>\n"
        b"<p>The corner caf\xe9 opens at nine every morning of the week.</p>\n"
        b"<p>It closes at six in the evening, and later on Fridays.</p></article>\n"
        b"<footer>Copyright 2026 The Corner Company</footer></body></html>\n")


class NotReadAloudTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.source = os.path.join(cls.out, "cafe.html")
        with open(cls.source, "wb") as f:
            f.write(PAGE)
        result = harness.build(os.path.join(cls.out, "site"), cls.source)
        assert result.returncode == 0, result.stderr
        cls.edition = os.path.join(cls.out, "site", "cafe")
        cls.manifest = harness.load_json(os.path.join(cls.edition, "manifest.json"))

    def test_the_manifest_lists_what_was_left_out_and_why(self):
        reasons = {(s["what"], s["reason"]) for s in self.manifest["skipped"]}
        self.assertIn(("nav", "navigation"), reasons)
        self.assertIn(("footer", "page footer"), reasons)
        excerpts = [s["excerpt"] for s in self.manifest["skipped"]]
        self.assertTrue(any("cookies" in e for e in excerpts), excerpts)
        self.assertEqual(self.manifest["source_warnings"],
                         [self.source + ": not UTF-8 and no charset declared; read as windows-1252"])

    def test_the_transcript_page_shows_it_and_stays_accessible(self):
        page = audit(os.path.join(self.edition, "index.html"))
        self.assertEqual(page["axe"]["violations"], [])
        self.assertIn(["H2", "Not read aloud"], page["headings"])
        with open(os.path.join(self.edition, "index.html"), encoding="utf-8") as f:
            html = f.read()
        self.assertIn("<li>navigation: nav, line 2: “Home About us”</li>", html)
        self.assertIn("<li>not UTF-8 and no charset declared; read as windows-1252</li>", html)
        self.assertNotIn(self.out, html)  # the publisher's paths stay private

    def test_the_audit_reports_it(self):
        result = harness.run_spoken("audit", "--out", os.path.join(self.out, "site"))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn('info  not read aloud: nav (navigation), line 2: "Home About us"',
                      result.stdout)
        self.assertIn("info  source: " + self.source + ": not UTF-8 and no charset declared",
                      result.stdout)


if __name__ == "__main__":
    unittest.main()
