"""End to end: articles in other languages. The Spanish and German samples build with their
own voices and rules (chapters, captions and transcript agree; the page has the article's
lang); a language with only ICU's generic rules builds with a warning; a language eSpeak NG
cannot speak fails alone; an English article's German and French passages, whole blocks and
words inside a sentence, are read in their own voices and rules and marked in captions, page
and EPUB."""
import os
import re
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
import test_epub  # noqa: E402  (its epubcheck and overlay helpers; its tests are not run from here)

CONTENT = os.path.join(harness.ROOT, "content")
DATA = os.path.join(harness.ROOT, "tests", "data", "e2e", "languages")
SAMPLES = {"ciudades-en-bicicleta": ("es-ES", "es", "Edición en audio de"),
           "stadtbaeume": ("de-DE", "de", "Hörfassung von")}


class SampleLanguagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.result = harness.build(cls.out, *[os.path.join(CONTENT, s + ".md") for s in SAMPLES])

    def test_both_samples_build_without_a_rules_warning(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertNotIn("generic", self.result.stderr)

    def test_manifest_names_the_language_and_its_voice_and_speaks_it(self):
        for slug, (language, voice, announcement) in SAMPLES.items():
            manifest = harness.load_json(os.path.join(self.out, slug, "manifest.json"))
            self.assertEqual(manifest["language"], language)
            self.assertEqual(manifest["voice"], voice)
            first = manifest["sections"][0]["sentences"][0]
            self.assertTrue(first["spoken"].startswith(announcement), first["spoken"])
            spoken = " ".join(s["spoken"] for sec in manifest["sections"] for s in sec["sentences"])
            self.assertIsNone(re.search(r"\d", spoken), "digits left for eSpeak: " + spoken)

    def test_chapters_captions_and_transcript_agree(self):
        for slug, (language, _, _) in SAMPLES.items():
            folder = os.path.join(self.out, slug)
            manifest = harness.load_json(os.path.join(folder, "manifest.json"))
            chapters = harness.ffprobe_json(os.path.join(folder, slug + ".mp3"),
                                            "-show_chapters")["chapters"]
            sections = manifest["sections"]
            self.assertEqual([c["tags"]["title"] for c in chapters], [s["title"] for s in sections])
            for chapter, section in zip(chapters, sections):
                self.assertEqual(int(chapter["start"]), section["start_ms"])
                self.assertEqual(int(chapter["end"]), section["end_ms"])
            parsed = harness.vtt_cues(os.path.join(folder, slug + ".vtt"))
            self.assertEqual(parsed["errors"], [])
            sentences = [s for sec in sections for s in sec["sentences"]]
            self.assertEqual([c["id"] for c in parsed["cues"]], [s["id"] for s in sentences])
            for cue, sentence in zip(parsed["cues"], sentences):
                self.assertEqual(round(cue["start"] * 1000), sentence["start_ms"])
                self.assertEqual(round(cue["end"] * 1000), sentence["end_ms"])
            with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
                page = f.read()
            self.assertIn('<html lang="%s">' % language, page)
            self.assertIn('srclang="%s"' % language, page)
            with open(os.path.join(folder, slug + ".txt"), encoding="utf-8") as f:
                transcript = f.read()
            for sentence in sentences[2:]:
                self.assertIn(sentence["text"], transcript)

    def test_the_pages_own_words_are_in_the_editions_language(self):
        # WCAG 3.1.2: Spoken's headings, links, introduction and reading aids follow <html lang>.
        words = {"ciudades-en-bicicleta": ("<p>Versión en audio del ", ">Descargar el MP3<",
                                           '<h2 id="transcript-heading">Transcripción</h2>',
                                           '<h1 id="toc-heading">Índice</h1>', ">Frase siguiente<"),
                 "stadtbaeume": ("<p>Hörfassung des ", ">MP3 herunterladen<",
                                 '<h2 id="transcript-heading">Transkript</h2>',
                                 '<h1 id="toc-heading">Inhalt</h1>', ">Nächster Satz<")}
        for slug, (intro, download, heading, contents, button) in words.items():
            folder = os.path.join(self.out, slug)
            page_path = os.path.join(folder, "index.html")
            with open(page_path, encoding="utf-8") as f:
                page = f.read()
            for expected in (intro, download, heading, button, '<div id="reading-aids" hidden>'):
                self.assertIn(expected, page, slug)
            for english in ("Audio version of", "Download the MP3", ">Transcript<", ">Sections<",
                            "Skip to main content", "All audio editions", "Next sentence"):
                self.assertNotIn(english, page, slug)
            report = harness.node_json("page_audit.js", "file://" + os.path.abspath(page_path))
            self.assertEqual(report["axe"]["violations"], [], slug)
            epub = os.path.join(folder, slug + ".epub")
            messages = test_epub.epubcheck_messages(self, epub,
                                                    os.path.join(self.out, slug + ".epubcheck.json"))
            self.assertEqual(messages, [], slug)
            with zipfile.ZipFile(epub) as archive:
                self.assertIn(contents, archive.read("EPUB/nav.xhtml").decode("utf-8"), slug)
                # The accessibility summary has no translation yet: marked English.
                self.assertIn('<meta property="schema:accessibilitySummary" xml:lang="en">',
                              archive.read("EPUB/package.opf").decode("utf-8"), slug)



class GenericAndUnspeakableTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.result = harness.build(cls.out, os.path.join(DATA, "indonesia.md"),
                                   os.path.join(DATA, "yoruba.md"))

    def test_the_unspeakable_language_fails_alone_and_is_named(self):
        self.assertEqual(self.result.returncode, 1, self.result.stderr)
        self.assertRegex(self.result.stderr,
                         r"error: .*yoruba\.md: eSpeak NG has no voice for language yo")
        self.assertFalse(os.path.exists(os.path.join(self.out, "yoruba")))

    def test_a_language_with_generic_rules_builds_with_a_warning(self):
        self.assertRegex(self.result.stderr,
                         r"warning: .*indonesia\.md: language id has generic spoken-form rules")
        self.assertIn("built indonesia", self.result.stderr)
        manifest = harness.load_json(os.path.join(self.out, "indonesia", "manifest.json"))
        self.assertEqual(manifest["voice"], "id")
        spoken = " ".join(s["spoken"] for sec in manifest["sections"] for s in sec["sentences"])
        # ICU's Indonesian number words and month names.
        self.assertIn("lima Maret dua ribu dua puluh", spoken)
        self.assertIn("dua belas kota", spoken)


class PassageLanguagesTest(unittest.TestCase):
    """An English article quoting German and French (lang on a blockquote and a paragraph):
    each passage is read with its own rules and voice, and marked wherever it is shown."""

    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        cls.result = harness.build(cls.out, os.path.join(DATA, "mixed.html"), jobs=1)
        cls.folder = os.path.join(cls.out, "mixed")
        cls.manifest = harness.load_json(os.path.join(cls.folder, "manifest.json"))
        cls.sentences = [s for sec in cls.manifest["sections"] for s in sec["sentences"]]

    def test_builds_without_warnings(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertNotIn("warning", self.result.stderr)

    def test_manifest_records_each_passage_voice_and_its_rules(self):
        self.assertEqual(self.manifest["voice"], "en-us")
        passages = [(s.get("language"), s.get("voice"), s["spoken"]) for s in self.sentences
                    if "language" in s]
        self.assertEqual([p[:2] for p in passages], [("de", "de"), ("fr", "fr"), ("de", "de")])
        # One sentence each: "3. Mai" does not end a German sentence, and the numbers are
        # read in the passage's language, not the article's.
        self.assertTrue(passages[0][2].startswith("Am dritten Mai zweitausendeinundzwanzig "
                                                  "kamen zwölf Gäste"), passages[0][2])
        self.assertTrue(passages[1][2].startswith("Le premier mai deux mille vingt-et-un"),
                        passages[1][2])
        self.assertIn("zwanzig Gästen", passages[2][2])
        english = [s for s in self.sentences if "language" not in s]
        self.assertTrue(all("voice" not in s for s in english))
        self.assertIn("the third of May twenty twenty-one", english[1]["spoken"])

    def test_transcript_page_and_captions_mark_the_passages(self):
        with open(os.path.join(self.folder, "index.html"), encoding="utf-8") as f:
            page = f.read()
        self.assertIn('<html lang="en-US">', page)
        self.assertIn('<blockquote lang="de">', page)
        self.assertIn('<blockquote lang="fr">', page)
        self.assertIn('<p lang="de">', page)
        with open(os.path.join(self.folder, "mixed.vtt"), encoding="utf-8") as f:
            captions = f.read()
        self.assertIn("<lang de>Am 3. Mai 2021", captions)
        self.assertIn("<lang fr>Le 1er mai 2021", captions)
        parsed = harness.vtt_cues(os.path.join(self.folder, "mixed.vtt"))
        self.assertEqual(parsed["errors"], [])
        for cue, sentence in zip(parsed["cues"], self.sentences):
            self.assertEqual(round(cue["start"] * 1000), sentence["start_ms"])
            self.assertEqual(round(cue["end"] * 1000), sentence["end_ms"])

    def inline(self):
        return next(s for s in self.sentences if "Zeitgeist" in s["text"])

    def test_an_inline_word_is_read_by_its_languages_voice_in_its_sentence(self):
        sentence = self.inline()
        self.assertNotIn("language", sentence)  # the sentence is English
        self.assertEqual(sentence["passages"],
                         [{"text": "Zeitgeist", "language": "de", "voice": "de"},
                          {"text": "joie de vivre", "language": "fr", "voice": "fr"}])
        self.assertEqual(sentence["voices"], ["en-us", "de", "fr"])
        # Its words are timed across both switches, in order, inside the sentence.
        words = sentence["words"]
        self.assertIn("Zeitgeist", [w["text"] for w in words])
        self.assertEqual([w["text"] for w in words][-3:], ["joie", "de", "vivre"])
        times = [t for w in words for t in (w["start_ms"], w["end_ms"])]
        self.assertEqual(times, sorted(times))
        self.assertGreaterEqual(times[0], sentence["start_ms"])
        self.assertLessEqual(times[-1], sentence["end_ms"])

    def test_the_inline_passages_are_lang_spans_of_one_cue_that_agrees_with_the_audio(self):
        parsed = harness.vtt_cues(os.path.join(self.folder, "mixed.vtt"))
        self.assertEqual(parsed["errors"], [])
        cue = next(c for c in parsed["cues"] if c["id"] == self.inline()["id"])
        self.assertEqual(cue["langs"], [["de", "Zeitgeist"], ["fr", "joie de vivre"]])
        self.assertEqual(round(cue["start"] * 1000), self.inline()["start_ms"])
        self.assertEqual(round(cue["end"] * 1000), self.inline()["end_ms"])
        # The captions end inside the audio the MP3 decodes to.
        samples = harness.decoded_sample_count(os.path.join(self.folder, "mixed.mp3"))
        self.assertLessEqual(parsed["cues"][-1]["end"] * 1000,
                             samples * 1000 / self.manifest["audio"]["sample_rate"])

    def test_the_page_marks_the_inline_passages_and_axe_finds_nothing(self):
        report = harness.node_json("page_audit.js",
                                   "file://" + os.path.abspath(os.path.join(self.folder, "index.html")))
        self.assertEqual(report["axe"]["violations"], [])
        self.assertIn(["SPAN", "de", "ltr"], report["directions"])
        self.assertIn(["SPAN", "fr", "ltr"], report["directions"])

    def test_the_epub_marks_the_inline_passages_and_its_overlay_keeps_the_times(self):
        epub = os.path.join(self.folder, "mixed.epub")
        self.assertEqual(test_epub.epubcheck_messages(
            self, epub, os.path.join(self.out, "mixed.epubcheck.json")), [])
        report = test_epub.overlay_in_chromium(epub, os.path.join(self.out, "mixed-book"))
        self.assertEqual((report["xhtmlErrors"], report["smilErrors"]), (0, 0))
        par = next(p for p in report["pars"] if p["fragment"] == self.inline()["id"])
        self.assertEqual(par["text"], self.inline()["text"])
        self.assertEqual(test_epub.clock_ms(par["clipBegin"]), self.inline()["start_ms"])
        self.assertEqual(test_epub.clock_ms(par["clipEnd"]), self.inline()["end_ms"])
        with open(os.path.join(self.out, "mixed-book", "EPUB", "article.xhtml"),
                  encoding="utf-8") as f:
            self.assertIn('<span lang="de" xml:lang="de">', f.read())

    def test_an_inline_passage_uses_its_languages_bundled_lexicon(self):
        sentence = next(s for s in self.sentences if "Geneva" in s["text"])
        self.assertIn("der Weltgesundheitsorganisation in Geneva", sentence["spoken"])
        uses = [(p["term"], p["alias"], os.path.basename(p["lexicon"]), p["count"])
                for p in self.manifest["pronunciations"]]
        self.assertIn(("WHO", "Weltgesundheitsorganisation", "de.pls", 1), uses)
        self.assertNotIn("en.pls", [u[2] for u in uses if u[0] == "WHO"])

    def test_the_audit_passes(self):
        result = harness.run_spoken("audit", "--out", self.out, "mixed")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn('pronunciation hint "WHO" applied 1x', result.stdout)

    def test_the_same_audio_with_more_workers(self):
        # The article is over one synthesis chunk, so a worker starts mid-article and must
        # switch voices exactly as a single one does.
        other = harness.temp_dir(self)
        result = harness.build(other, os.path.join(DATA, "mixed.html"), jobs=3)
        self.assertEqual(result.returncode, 0, result.stderr)
        for name in ("mixed.mp3", "manifest.json"):
            with open(os.path.join(self.folder, name), "rb") as a, \
                    open(os.path.join(other, "mixed", name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)


class MarkdownPassageTest(unittest.TestCase):
    def test_a_markdown_span_paragraph_is_read_and_marked_as_german(self):
        out = harness.temp_dir(self)
        result = harness.build(out, os.path.join(DATA, "guest-book.md"))
        self.assertEqual(result.returncode, 0, result.stderr)
        folder = os.path.join(out, "guest-book")
        manifest = harness.load_json(os.path.join(folder, "manifest.json"))
        sentences = [s for sec in manifest["sections"] for s in sec["sentences"]]
        german = [s for s in sentences if s.get("voice") == "de"]
        self.assertEqual([s["language"] for s in german], ["de"])
        self.assertIn("zwanzig Gästen", german[0]["spoken"])
        self.assertEqual(sentences[-1]["text"],
                         "They called it a sign of the Zeitgeist of the twin towns.")
        # The inline span is a passage of that English sentence, said by the German voice.
        self.assertEqual(sentences[-1]["passages"],
                         [{"text": "Zeitgeist", "language": "de", "voice": "de"}])
        with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
            self.assertIn('<blockquote lang="de">', f.read())
        with open(os.path.join(folder, "guest-book.vtt"), encoding="utf-8") as f:
            captions = f.read()
        self.assertIn("<lang de>Wir kommen", captions)
        self.assertIn("the <lang de>Zeitgeist</lang> of", captions)


class GenericRulesPassageTest(unittest.TestCase):
    def test_a_passage_with_only_generic_rules_is_named_in_a_warning_and_read_in_its_voice(self):
        out = harness.temp_dir(self)
        result = harness.build(out, os.path.join(DATA, "generic-passages.md"))
        self.assertEqual(result.returncode, 0, result.stderr)
        # Japanese is typography only: its ICU number words are Han ideographs eSpeak NG misreads.
        for language, level in (("ru", "generic"), ("ja", "typography only")):
            self.assertRegex(result.stderr, r"warning: .*generic-passages\.md: the passage in "
                             + language + r": language " + language + r" has " + level +
                             r" spoken-form rules")
        manifest = harness.load_json(os.path.join(out, "generic-passages", "manifest.json"))
        sentence = [s for sec in manifest["sections"] for s in sec["sentences"]][1]
        self.assertEqual(sentence["voices"], ["en-us", "ru", "ja"])
        self.assertIn("девятьсот", sentence["spoken"])  # ICU's Russian number words
        cues = harness.vtt_cues(os.path.join(out, "generic-passages", "generic-passages.vtt"))
        self.assertEqual(cues["errors"], [])
        self.assertEqual([lang for lang, _ in cues["cues"][1]["langs"]], ["ru", "ja"])


class NormalizeLanguagesTest(unittest.TestCase):
    def test_normalize_reads_each_language_with_its_rules(self):
        cases = {"es": ("El 3 de mayo de 2021 a las 14:30.",
                        "El tres de mayo de dos mil veintiuno a las catorce y media."),
                 "fr": ("Le 1er mai 2021, 3,5 %.", "Le premier mai deux mille vingt-et-un, trois "
                        "virgule cinq pour cent."),
                 "it": ("Il 2 giugno 2021 alle 16:00.", "Il due giugno duemilaventuno alle sedici."),
                 "pt": ("R$ 12,05 às 14h30.", "doze reais e cinco centavos às catorze horas e trinta."),
                 "ru": ("В 1999 году.", None)}
        for language, (written, spoken) in cases.items():
            result = harness.run_spoken("normalize", "--lang", language, input_text=written)
            self.assertEqual(result.returncode, 0, language + ": " + result.stderr)
            if spoken is not None:
                self.assertEqual(result.stdout.strip().replace("\u00ad", ""), spoken, language)
            self.assertIsNone(re.search(r"\d", result.stdout), language + ": " + result.stdout)


if __name__ == "__main__":
    unittest.main()
