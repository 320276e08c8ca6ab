"""End to end: right-to-left and CJK text. A short Arabic article and an English article
quoting Hebrew build; Chromium lays the Arabic page, the Hebrew passage and the Arabic title
in the site index out right to left (computed `direction`, from the pages' dir) with no axe
violations, and EPUBCheck finds nothing in either book. A Japanese article builds and its
page shows its sentences in order."""
import os
import re
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
import test_epub  # noqa: E402  (its epubcheck_messages; its tests are not run from here)

DATA = os.path.join(harness.ROOT, "tests", "data", "e2e", "languages")
SLUGS = ("arabic", "hebrew-passage", "japanese")


class TextDirectionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.result = harness.build(cls.out, *[os.path.join(DATA, s + ".md") for s in SLUGS])

    def page(self, slug):
        return os.path.join(self.out, slug, "index.html")

    def audit(self, slug):
        return harness.node_json("page_audit.js", "file://" + os.path.abspath(self.page(slug)))

    def test_all_three_build(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        for slug in SLUGS:
            self.assertIn("built " + slug, self.result.stderr)

    def test_the_arabic_page_is_laid_out_right_to_left_and_axe_finds_nothing(self):
        report = self.audit("arabic")
        self.assertEqual(report["axe"]["violations"], [])
        self.assertIn(["HTML", "ar", "rtl"], report["directions"])
        # Spoken's own words have no Arabic table: English, marked so a screen reader
        # switches voice and laid out left to right.
        self.assertIn(["H2", "en", "ltr"], report["directions"])
        with open(self.page("arabic"), encoding="utf-8") as f:
            page = f.read()
        self.assertIn('<h2 id="transcript-heading" lang="en" dir="ltr">Transcript</h2>', page)
        self.assertIn('<p lang="en" dir="ltr">Audio version of ', page)

    def test_the_hebrew_passage_is_laid_out_right_to_left_in_an_english_page(self):
        report = self.audit("hebrew-passage")
        self.assertEqual(report["axe"]["violations"], [])
        self.assertIn(["HTML", "en-US", "ltr"], report["directions"])
        self.assertIn(["BLOCKQUOTE", "he", "rtl"], report["directions"])

    def test_the_site_index_lays_the_arabic_title_out_right_to_left(self):
        index = os.path.join(self.out, "index.html")
        report = harness.node_json("page_audit.js", "file://" + os.path.abspath(index))
        self.assertEqual(report["axe"]["violations"], [])
        self.assertIn(["H2", "ar", "rtl"], report["directions"])
        self.assertIn(["H2", "ja", "ltr"], report["directions"])

    def test_epubcheck_finds_nothing_and_the_books_carry_dir(self):
        for slug, marking in (("arabic", ' lang="ar" xml:lang="ar" dir="rtl">'),
                              ("hebrew-passage", '<blockquote lang="he" xml:lang="he" dir="rtl">')):
            epub = os.path.join(self.out, slug, slug + ".epub")
            report = os.path.join(self.out, slug + ".epubcheck.json")
            self.assertEqual(test_epub.epubcheck_messages(self, epub, report), [], slug)
            with zipfile.ZipFile(epub) as archive:
                self.assertIn(marking, archive.read("EPUB/article.xhtml").decode("utf-8"))
        with zipfile.ZipFile(os.path.join(self.out, "arabic", "arabic.epub")) as archive:
            self.assertIn('<h1 id="toc-heading" lang="en" xml:lang="en" dir="ltr">Contents</h1>',
                          archive.read("EPUB/nav.xhtml").decode("utf-8"))

    def test_the_japanese_page_shows_its_sentences_in_order(self):
        manifest = harness.load_json(os.path.join(self.out, "japanese", "manifest.json"))
        texts = [s["text"] for sec in manifest["sections"] for s in sec["sentences"]]
        self.assertEqual(texts[1:], ["駅前に新しい図書館ができました。", "毎朝、多くの人が本を借りに来ます。",
                                     "館長は「来年は子ども向けの部屋を広げます」と話しました。",
                                     "週末には読み聞かせの会も開かれます。"])
        with open(self.page("japanese"), encoding="utf-8") as f:
            page = f.read()
        self.assertIn('<html lang="ja">', page)
        shown = re.sub(r"<[^>]+>", "", page)  # the text, without the word and sentence spans
        places = [shown.find(text) for text in texts[1:]]
        self.assertNotIn(-1, places)
        self.assertEqual(places, sorted(places))
        self.assertEqual(self.audit("japanese")["axe"]["violations"], [])


if __name__ == "__main__":
    unittest.main()
