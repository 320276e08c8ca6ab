"""End to end: SLUG.epub checked by EPUBCheck (Debian's 4.2.6), DAISY Ace (ace-cli on Debian's
Chromium) and Chromium itself, which opens the book's XHTML and resolves every Media Overlay
fragment, on the sample and on an HTML article with a table, a figure and a footnote."""
import os
import shutil
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ElementTree
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

STRUCTURES = os.path.join(harness.ROOT, "tests", "data", "e2e", "structures.html")
EPUBCHECK = "/usr/share/java/epubcheck.jar"
ACE = os.path.join(harness.ROOT, "tools", "node", "node_modules", ".bin", "ace-cli")
OPF = "{http://www.idpf.org/2007/opf}"


def clock_ms(value):
    """Milliseconds of a SMIL full clock value hh:mm:ss.mmm."""
    hours, minutes, seconds = value.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


def epubcheck_messages(test, epub, report):
    run = subprocess.run(["java", "-jar", EPUBCHECK, epub, "--json", report],
                         capture_output=True, text=True, check=False, timeout=300)
    test.assertEqual(run.returncode, 0, run.stdout + run.stderr)
    return harness.load_json(report)["messages"]


def overlay_in_chromium(epub, folder):
    with zipfile.ZipFile(epub) as archive:
        archive.extractall(folder)
    book = os.path.join(folder, "EPUB")
    return harness.node_json("epub_overlay.js", os.path.join(book, "article.xhtml"),
                             os.path.join(book, "article.smil"))


class EpubTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        result = harness.build(cls.out, harness.SAMPLE, STRUCTURES)
        assert result.returncode == 0, result.stderr
        cls.slugs = ["bone-brain-axis", "structures"]

    def epub(self, slug):
        return os.path.join(self.out, slug, slug + ".epub")

    def manifest(self, slug):
        return harness.load_json(os.path.join(self.out, slug, "manifest.json"))

    def unpacked(self, slug):
        folder = os.path.join(self.out, slug, "unpacked")
        if not os.path.isdir(folder):
            with zipfile.ZipFile(self.epub(slug)) as archive:
                archive.extractall(folder)
        return folder

    def test_epubcheck_finds_nothing(self):
        for slug in self.slugs:
            with self.subTest(slug):
                report = os.path.join(self.out, slug + ".epubcheck.json")
                self.assertEqual(epubcheck_messages(self, self.epub(slug), report), [])

    def test_ace_finds_no_violations(self):
        env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH="/usr/bin/chromium")
        for slug in self.slugs:
            with self.subTest(slug):
                folder = os.path.join(self.out, slug + ".ace")
                run = subprocess.run([ACE, "--silent", "-o", folder, self.epub(slug)], env=env,
                                     capture_output=True, text=True, check=False, timeout=300)
                self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
                report = harness.load_json(os.path.join(folder, "report.json"))
                violations = [a for doc in report["assertions"] for a in doc.get("assertions", [])]
                self.assertEqual(violations, [])
                self.assertEqual(report["earl:result"]["earl:outcome"], "pass")
                for name in ("schema:accessMode", "schema:accessibilityFeature", "schema:accessibilityHazard",
                             "schema:accessibilitySummary", "schema:accessModeSufficient",
                             "dcterms:conformsTo", "a11y:certifiedBy"):
                    self.assertIn(name, report["a11y-metadata"]["present"])

    def test_chromium_finds_every_overlay_fragment_with_the_manifest_clip_times(self):
        for slug in self.slugs:
            with self.subTest(slug):
                report = overlay_in_chromium(self.epub(slug), self.unpacked(slug))
                self.assertEqual(report["contentType"], "application/xhtml+xml")
                self.assertEqual((report["xhtmlErrors"], report["smilErrors"]), (0, 0))
                manifest = self.manifest(slug)
                self.assertEqual(report["lang"], manifest["language"])
                sentences = [s for section in manifest["sections"] for s in section["sentences"]]
                pars = report["pars"]
                self.assertEqual([p["fragment"] for p in pars], [s["id"] for s in sentences])
                for par, sentence in zip(pars, sentences):
                    self.assertTrue(par["exists"], par)
                    self.assertEqual(par["text"], sentence["text"])
                    self.assertEqual(par["audio"], "audio/" + manifest["audio"]["file"])
                    self.assertEqual(clock_ms(par["clipBegin"]), sentence["start_ms"])
                    self.assertEqual(clock_ms(par["clipEnd"]), sentence["end_ms"])

    def test_package_declares_the_audio_length_and_holds_the_edition_mp3(self):
        for slug in self.slugs:
            with self.subTest(slug):
                manifest = self.manifest(slug)
                package = ElementTree.parse(os.path.join(self.unpacked(slug), "EPUB", "package.opf"))
                durations = [m.text for m in package.iter(OPF + "meta") if m.get("property") == "media:duration"]
                self.assertEqual([clock_ms(d) for d in durations], [manifest["audio"]["duration_ms"]] * 2)
                with open(os.path.join(self.out, slug, manifest["audio"]["file"]), "rb") as f:
                    mp3 = f.read()
                with zipfile.ZipFile(self.epub(slug)) as archive:
                    self.assertEqual(archive.namelist()[0], "mimetype")
                    self.assertEqual(archive.read("EPUB/audio/" + manifest["audio"]["file"]), mp3)
                probe = harness.ffprobe_json(os.path.join(self.unpacked(slug), "EPUB", "audio",
                                                          manifest["audio"]["file"]), "-show_format")
                self.assertEqual(probe["format"]["format_name"], "mp3")

    def test_book_carries_the_pronunciation_hints_as_a_pls_lexicon(self):
        manifest = self.manifest("bone-brain-axis")
        self.assertTrue(manifest["pronunciations"])
        lexicon = ElementTree.parse(os.path.join(self.unpacked("bone-brain-axis"), "EPUB", "pronunciation.pls"))
        pls = "{http://www.w3.org/2005/01/pronunciation-lexicon}"
        self.assertEqual([g.text for g in lexicon.iter(pls + "grapheme")],
                         [p["term"] for p in manifest["pronunciations"]])
        package = ElementTree.parse(os.path.join(self.unpacked("bone-brain-axis"), "EPUB", "package.opf"))
        features = [m.text for m in package.iter(OPF + "meta") if m.get("property") == "schema:accessibilityFeature"]
        self.assertIn("ttsMarkup", features)
        self.assertIn("synchronizedAudioText", features)

    def test_feed_item_index_and_transcript_page_link_to_the_book(self):
        import feedparser
        feed = feedparser.parse(os.path.join(self.out, "feed.xml"))
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        for entry in feed.entries:
            slug = [s for s in self.slugs if s in entry.enclosures[0].href][0]
            self.assertIn('href="https://example.org/audio/%s/%s.epub"' % (slug, slug), entry.description)
        with open(os.path.join(self.out, "index.html"), encoding="utf-8") as f:
            index = f.read()
        for slug in self.slugs:
            self.assertIn('href="%s/%s.epub"' % (slug, slug), index)
            with open(os.path.join(self.out, slug, "index.html"), encoding="utf-8") as f:
                self.assertIn('href="%s.epub"' % slug, f.read())

    def test_audit_checks_the_book_and_catches_a_wrong_clip(self):
        result = harness.run_spoken("audit", "--out", self.out, "structures")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertRegex(result.stdout, r"ok +epub: \d+ overlay clips speak all \d+ sentences")
        tampered = harness.temp_dir(self)  # a copy: the other tests read the original
        shutil.copytree(os.path.join(self.out, "structures"), os.path.join(tampered, "structures"))
        book = os.path.join(tampered, "structures", "structures.epub")
        with zipfile.ZipFile(book) as archive:
            entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
        with zipfile.ZipFile(book, "w", zipfile.ZIP_STORED) as archive:
            for name, content in entries:
                if name == "EPUB/article.smil":
                    content = content.replace(b'clipBegin="00:00:00.000"', b'clipBegin="00:00:00.100"', 1)
                archive.writestr(name, content)
        result = harness.run_spoken("audit", "--out", tampered, "structures")
        self.assertNotEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"FAIL +epub: s1 is clipped 00:00:00.100")

    def test_tables_figures_and_notes_are_marked_and_their_overlay_seqs_point_at_them(self):
        xhtml_ns, epub_ns, smil_ns = "{http://www.w3.org/1999/xhtml}", "{http://www.idpf.org/2007/ops}", \
            "{http://www.w3.org/ns/SMIL}"
        book = os.path.join(self.unpacked("structures"), "EPUB")
        article = ElementTree.parse(os.path.join(book, "article.xhtml"))
        by_id = {e.get("id"): e for e in article.iter() if e.get("id")}
        marked = [(e.tag.replace(xhtml_ns, ""), e.get(epub_ns + "type"), e.get("role"))
                  for e in article.iter() if e.get(epub_ns + "type") and e.tag != xhtml_ns + "body"]
        self.assertEqual(marked, [("a", "noteref", "doc-noteref"), ("a", "noteref", "doc-noteref"),
                                  ("table", "table", None), ("figure", "figure", None),
                                  ("section", "endnotes", "doc-endnotes"),
                                  ("li", "endnote", None), ("li", "endnote", None)])
        for link in article.iter(xhtml_ns + "a"):
            if link.get(epub_ns + "type") == "noteref":
                self.assertEqual(by_id[link.get("href")[1:]].get(epub_ns + "type"), "endnote")
        overlay = ElementTree.parse(os.path.join(book, "article.smil"))
        structures = [(seq.get(epub_ns + "type"), seq.get(epub_ns + "textref").split("#")[1],
                       [p.find(smil_ns + "text").get("src").split("#")[1] for p in seq.iter(smil_ns + "par")])
                      for seq in overlay.iter(smil_ns + "seq") if seq.get(epub_ns + "type")]
        self.assertEqual([t for t, _, _ in structures], ["table", "figure", "endnote", "endnote"])
        for kind, target, fragments in structures:
            element = by_id[target]
            self.assertEqual(element.get(epub_ns + "type"), kind)
            inside = {e.get("id") for e in element.iter() if e.get("id")}
            self.assertTrue(fragments and set(fragments) <= inside, (kind, fragments))

    def test_the_figure_shows_the_articles_picture_declared_in_the_package(self):
        book = os.path.join(self.unpacked("structures"), "EPUB")
        package = ElementTree.parse(os.path.join(book, "package.opf"))
        images = [(i.get("href"), i.get("media-type")) for i in package.iter(OPF + "item")
                  if i.get("media-type").startswith("image/")]
        self.assertEqual(images, [("images/image-1.png", "image/png")])
        with open(os.path.join(book, "images", "image-1.png"), "rb") as copy, \
                open(os.path.join(os.path.dirname(STRUCTURES), "hip.png"), "rb") as original:
            self.assertEqual(copy.read(), original.read())
        modes = [m.text for m in package.iter(OPF + "meta") if m.get("property") == "schema:accessMode"]
        self.assertIn("visual", modes)
        article = ElementTree.parse(os.path.join(book, "article.xhtml"))
        figure = [e for e in article.iter("{http://www.w3.org/1999/xhtml}figure")][0]
        image = figure.find("{http://www.w3.org/1999/xhtml}img")
        self.assertEqual((image.get("src"), image.get("alt")),
                         ("images/image-1.png", "An x-ray of a human hip joint."))

    def test_a_missing_picture_is_a_warning_and_the_figure_keeps_its_caption(self):
        folder = harness.temp_dir(self)
        article = os.path.join(folder, "structures.html")
        shutil.copy(STRUCTURES, article)  # without hip.png beside it
        result = harness.build(os.path.join(folder, "site"), article)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("image hip.png is not in the EPUB: no such file", result.stderr)
        epub = os.path.join(folder, "site", "structures", "structures.epub")
        with zipfile.ZipFile(epub) as archive:
            self.assertFalse([n for n in archive.namelist() if "images/" in n])
            xhtml = archive.read("EPUB/article.xhtml").decode("utf-8")
        self.assertIn("<figcaption>", xhtml)
        self.assertNotIn("<img", xhtml)
        self.assertEqual(epubcheck_messages(self, epub, os.path.join(folder, "epubcheck.json")), [])

    def test_transcript_page_marks_tables_figures_and_notes_and_axe_finds_nothing(self):
        page = os.path.join(self.out, "structures", "index.html")
        report = harness.node_json("page_audit.js", "file://" + os.path.abspath(page))
        self.assertEqual(report["axe"]["violations"], [])
        with open(page, encoding="utf-8") as f:
            html = f.read()
        for marking in ('<table id="table-s5">', '<caption>', '<figure id="figure-s8">', '<figcaption>',
                        'role="doc-endnotes"', '<li id="note-1">', 'href="#note-2" role="doc-noteref"'):
            self.assertIn(marking, html)
        self.assertNotIn("epub:type", html)

    def test_rebuild_gives_a_byte_identical_book(self):
        again = harness.temp_dir(self)
        result = harness.build(again, STRUCTURES)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.epub("structures"), "rb") as first, \
                open(os.path.join(again, "structures", "structures.epub"), "rb") as second:
            self.assertEqual(first.read(), second.read())


class WordSyncEpubTest(unittest.TestCase):
    """epub.sync: word in spoken.yaml: one par per timed word."""

    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        config = os.path.join(cls.out, "spoken.yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("epub:\n  sync: word\n")
        os.symlink(os.path.join(harness.ROOT, "voices"), os.path.join(cls.out, "voices"))
        result = harness.run_spoken("build", "--config", config, "--out", os.path.join(cls.out, "site"), STRUCTURES)
        assert result.returncode == 0, result.stderr
        cls.epub = os.path.join(cls.out, "site", "structures", "structures.epub")
        cls.manifest = harness.load_json(os.path.join(cls.out, "site", "structures", "manifest.json"))

    def test_epubcheck_finds_nothing(self):
        self.assertEqual(epubcheck_messages(self, self.epub, os.path.join(self.out, "epubcheck.json")), [])

    def test_every_word_par_resolves_in_chromium_inside_its_sentence_time(self):
        report = overlay_in_chromium(self.epub, os.path.join(self.out, "unpacked"))
        self.assertEqual((report["xhtmlErrors"], report["smilErrors"]), (0, 0))
        sentences = [s for section in self.manifest["sections"] for s in section["sentences"]]
        pars = report["pars"]
        self.assertGreater(len(pars), 2 * len(sentences))
        by_sentence = {}
        for par in pars:
            self.assertTrue(par["exists"], par)
            by_sentence.setdefault(par["fragment"].split("-w")[0], []).append(par)
        self.assertEqual(list(by_sentence), [s["id"] for s in sentences])
        for sentence in sentences:
            words = [w["text"] for w in sentence["words"]]
            for par in by_sentence[sentence["id"]]:
                self.assertGreaterEqual(clock_ms(par["clipBegin"]), sentence["start_ms"])
                self.assertLessEqual(clock_ms(par["clipEnd"]), sentence["end_ms"])
                self.assertTrue(any(par["text"] in w or w in par["text"] for w in words), (par, words))


if __name__ == "__main__":
    unittest.main()
