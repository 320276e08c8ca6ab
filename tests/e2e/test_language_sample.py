"""End to end: ten languages of diverse scripts, directions and rule levels, each one short
article built from the language's own words (tests/e2e/language_sweep.py; the full sweep
over every eSpeak NG language is scripts/language-sweep). Each builds, passes the audit, has
the page's lang and the text's direction, MP3 chapters and captions that agree with the
manifest, and speaks no English word Spoken would add (its announcement is the title and
author alone)."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import language_sweep  # noqa: E402

# language: the level of rules the build warns of.
SAMPLE = {"ru": "generic", "ar": "generic", "he": "generic", "hi": "generic",
          "ja": "typography", "cmn": "typography", "ko": "generic", "th": "generic",
          "sw": "generic", "fi": "generic"}


class LanguageSampleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        names = dict(language_sweep.espeak_languages())
        cls.rows = {}
        for language in SAMPLE:
            with tempfile.TemporaryDirectory(prefix="spoken-e2e-lang-") as work:
                cls.rows[language] = language_sweep.run_language(language, names[language], work)

    def test_every_language_builds_with_its_own_words_and_passes_every_check(self):
        for language, row in self.rows.items():
            with self.subTest(language=language):
                self.assertTrue(row["own_words"])
                self.assertEqual(row["outcome"], "built", row["problems"])
                self.assertEqual(row["problems"], [])

    def test_the_build_warns_of_the_rules_the_language_has(self):
        for language, row in self.rows.items():
            with self.subTest(language=language):
                self.assertEqual(row["level"], SAMPLE[language])


if __name__ == "__main__":
    unittest.main()
