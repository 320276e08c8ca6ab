"""End to end: the transcript page as a reading aid, driven in headless Chromium with the
mouse and the keyboard (tests/e2e/reading_aids.js): speed, click and Enter to play from a
sentence, the documented shortcuts, highlight choices, resuming, targets, axe-core, and the
page without JavaScript."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


class ReadingAidsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = harness.temp_dir(cls)
        result = harness.build(cls.out, harness.SAMPLE)
        assert result.returncode == 0, result.stderr
        manifest = harness.load_json(os.path.join(cls.out, "bone-brain-axis", "manifest.json"))
        cls.sections = [s["start_ms"] / 1000 for s in manifest["sections"]]
        cls.sentences = {s["id"]: s for section in manifest["sections"] for s in section["sentences"]}
        page = "file://" + os.path.join(cls.out, "bone-brain-axis", "index.html")
        cls.seen = harness.node_json("reading_aids.js", page, timeout=300)

    def start(self, sentence_id):
        return self.sentences[sentence_id]["start_ms"] / 1000

    def assert_playing_in(self, sentence_id, time):
        sentence = self.sentences[sentence_id]
        self.assertGreaterEqual(time, sentence["start_ms"] / 1000 - 0.001)
        self.assertLess(time, sentence["end_ms"] / 1000)

    def test_speed_menu_sets_the_rate_and_is_remembered(self):
        self.assertEqual(self.seen["rateAfterChoice"], 1.5)
        self.assertEqual(self.seen["afterReload"]["rate"], 1.5)
        self.assertEqual(self.seen["afterReload"]["speedMenu"], "1.5")

    def test_click_or_enter_on_a_sentence_plays_from_it(self):
        self.assert_playing_in(self.seen["clicked"]["id"], self.seen["clicked"]["time"])
        self.assert_playing_in(self.seen["entered"]["id"], self.seen["entered"]["time"])

    def test_alt_shift_arrows_skip_by_sentence_and_by_section(self):
        order = self.seen["sentences"]
        fifth = self.seen["entered"]["id"]
        at = order.index(fifth)
        shortcuts = self.seen["shortcuts"]
        self.assertAlmostEqual(shortcuts["ArrowRight"], self.start(order[at + 1]), places=3)
        self.assertAlmostEqual(shortcuts["ArrowLeft"], self.start(order[at - 1]), places=3)
        here = max(i for i, start in enumerate(self.sections) if start <= self.start(fifth) + 0.1)
        self.assertAlmostEqual(shortcuts["ArrowDown"], self.sections[here + 1], places=3)
        self.assertAlmostEqual(shortcuts["ArrowUp"], self.sections[max(here - 1, 0)], places=3)
        self.assertAlmostEqual(self.seen["plainArrow"], self.start(fifth) + 0.1, places=3)

    def test_highlight_follows_the_choice_without_moving_focus(self):
        highlight = self.seen["highlight"]
        self.assertEqual(highlight["sentence"], [self.seen["entered"]["id"]])
        self.assertEqual(highlight["focus"], "speed")
        self.assertEqual(len(highlight["word"]), 1)
        self.assertTrue(self.sentences[self.seen["entered"]["id"]]["text"].startswith(highlight["word"][0]))
        self.assertEqual(highlight["sentenceInWordMode"], 0)
        self.assertEqual(highlight["none"], 0)
        self.assertEqual(self.seen["focusAfterGoToCurrent"], self.seen["entered"]["id"])

    def test_the_position_is_offered_on_the_next_visit(self):
        self.assertFalse(self.seen["resumeOfferedFirstVisit"])
        self.assertTrue(self.seen["afterReload"]["resumeOffered"])
        self.assertIn("0:12", self.seen["afterReload"]["resumeText"])
        self.assertAlmostEqual(self.seen["afterResume"], 12.5, delta=0.5)

    def test_controls_are_big_enough_and_axe_finds_nothing(self):
        self.assertTrue(self.seen["aidsVisible"])
        self.assertEqual(self.seen["smallTargets"], [])
        self.assertEqual(self.seen["axe"], [])

    def test_without_javascript_the_player_and_transcript_remain(self):
        self.assertEqual(self.seen["noScript"], {"player": True, "sentences": len(self.seen["sentences"]),
                                                 "aidsVisible": False})


if __name__ == "__main__":
    unittest.main()
