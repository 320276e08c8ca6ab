"""End to end: articles in other languages. The Spanish and German samples build with their
own voices and rules (chapters, captions and transcript agree; the page has the article's
lang); a language with only ICU's generic rules builds with a warning; a language eSpeak NG
cannot speak fails alone."""
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

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


class NormalizeLanguagesTest(unittest.TestCase):
    def test_normalize_reads_each_language_with_its_rules(self):
        cases = {"es": ("El 3 de mayo de 2021 a las 14:30.",
                        "El tres de mayo de dos mil veintiuno a las catorce y treinta."),
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
