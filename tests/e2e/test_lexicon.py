"""End to end: `spoken lexicon say` shows the eSpeak input the pipeline itself would send
(the planner's hints after the spoken-form normalizer), not a copy of how hints are made."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

LEXICON = os.path.join(harness.ROOT, "tests", "data", "pronounce", "sample.pls")


def with_hints(stdout):
    return [line for line in stdout.splitlines() if line.startswith("  with hints:")]


class LexiconSayTest(unittest.TestCase):
    def test_a_multi_word_term_gets_one_hint_per_word_as_in_the_plan(self):
        result = harness.run_spoken("lexicon", "say", "Pengpeng Li", "--article", harness.SAMPLE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(len(with_hints(result.stdout)), 1, result.stdout)
        self.assertTrue(with_hints(result.stdout)[0].endswith("[['pVNpVN]] [['li:]]"), result.stdout)
        self.assertIn("bone-brain-axis.pls:", result.stdout)

    def test_the_text_around_a_hint_is_normalized_and_aliases_are_applied(self):
        result = harness.run_spoken("lexicon", "say", "WHO tested osteocalcin & 5 mg in 2026",
                                    "-l", LEXICON)
        self.assertEqual(result.returncode, 0, result.stderr)
        line = with_hints(result.stdout)[0]
        self.assertTrue(line.endswith("World Health Organization tested [[,0sti|oU'kalsIn]] and five "
                                      "milligrams in twenty twenty-six"), line)
        self.assertIn("'WHO' read as \"World Health Organization\"", result.stdout)
        self.assertIn("'osteocalcin' /ˌɒstioʊˈkælsɪn/, say it os-tee-oh-KAL-sin", result.stdout)

    def test_a_word_without_entry_says_so(self):
        result = harness.run_spoken("lexicon", "say", "hello")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("(no lexicon entry: eSpeak NG's own pronunciation)", result.stdout)


if __name__ == "__main__":
    unittest.main()
