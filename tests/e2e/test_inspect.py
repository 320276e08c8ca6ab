"""End to end: `spoken inspect` shows a web page as the reader sees it, as JSON that an
outside parser (Python's json) reads, or as the body text only."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

NEWS_PAGE = os.path.join(harness.ROOT, "tests", "data", "document", "news-page.html")


class InspectTest(unittest.TestCase):
    def test_json_has_metadata_block_kinds_and_skipped_content(self):
        result = harness.run_spoken("inspect", "--format", "json", NEWS_PAGE)
        self.assertEqual(result.returncode, 0, result.stderr)
        article = json.loads(result.stdout)
        self.assertEqual(article["title"], "Harbour bridge reopens after repairs")
        self.assertEqual(article["author"], "Ana Ruiz, Tom Oduya")
        kinds = {block["kind"] for section in article["sections"] for block in section["blocks"]}
        self.assertTrue({"paragraph", "figure", "table-row", "code"} <= kinds, kinds)
        figure = [b for section in article["sections"] for b in section["blocks"] if b["kind"] == "figure"][0]
        self.assertEqual((figure["image"], figure["image_alt"]), ("bridge.jpg", "The bridge at dawn"))
        reasons = {item["reason"] for item in article["skipped"]}
        self.assertIn("cookie or consent notice", reasons)
        self.assertIn("related links", reasons)

    def test_json_lists_a_blocks_inline_passages(self):
        mixed = os.path.join(harness.ROOT, "tests", "data", "e2e", "languages", "mixed.html")
        result = harness.run_spoken("inspect", "--format", "json", mixed)
        self.assertEqual(result.returncode, 0, result.stderr)
        article = json.loads(result.stdout)
        passages = [p for section in article["sections"] for b in section["blocks"]
                    for p in b.get("passages", [])]
        self.assertEqual(passages[:2], [{"text": "Zeitgeist", "language": "de"},
                                        {"text": "joie de vivre", "language": "fr"}])

    def test_text_is_the_body_only(self):
        result = harness.run_spoken("inspect", "--format", "text", NEWS_PAGE)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("The harbour bridge reopened to traffic", result.stdout)
        self.assertIn("What changed\n", result.stdout)
        self.assertNotIn("cookies", result.stdout)

    def test_a_missing_file_is_one_error_line_and_exit_1(self):
        result = harness.run_spoken("inspect", "no-such-page.html")
        self.assertEqual(result.returncode, 1)
        self.assertIn("spoken: error: no-such-page.html: no such file", result.stderr)


if __name__ == "__main__":
    unittest.main()
