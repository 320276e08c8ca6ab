"""End to end: the catalogue of bad input (tests/data/hostile/catalogue.json), one test per
row. Each row asserts the exact outcome: exit status, the messages, what is on disk, and
that the edition built before is still whole and listed in the feed."""
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.dom.minidom

import feedparser

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

CATALOGUE = os.path.join(harness.ROOT, "tests", "data", "hostile", "catalogue.json")
GOOD_ARTICLE = "---\ntitle: A Good Article\n---\n\nBones talk to the brain. The brain talks back.\n"
PUBLISHED = (".html", ".xml", ".vtt", ".txt")  # JSON escapes what XML cannot hold


def file_bytes(spec):
    if "hex" in spec:
        return bytes.fromhex(spec["hex"])
    text = spec.get("text", "")
    if "repeat" in spec:
        text += spec["repeat"]["text"] * spec["repeat"]["times"]
    text += spec.get("suffix", "")
    return text.encode(spec.get("encoding", "utf-8"))


def snapshot(folder):
    """{relative path: bytes} of every file under `folder`."""
    files = {}
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


class HostileInputTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.template = harness.temp_dir(cls)
        os.makedirs(os.path.join(cls.template, "content"))
        with open(os.path.join(cls.template, "content", "article.md"), "w", encoding="utf-8") as f:
            f.write(GOOD_ARTICLE)
        result = harness.build(os.path.join(cls.template, "out"),
                               os.path.join(cls.template, "content", "article.md"))
        assert result.returncode == 0, result.stderr
        cls.good_edition = snapshot(os.path.join(cls.template, "out", "article"))

    def run_row(self, row):
        work = tempfile.mkdtemp(prefix="spoken-hostile-")
        self.addCleanup(shutil.rmtree, work, True)
        out = os.path.join(work, "out")
        if row.get("previous", True):
            shutil.copytree(self.template, work, dirs_exist_ok=True, symlinks=True)
        expand = lambda text: text.replace("{work}", work).replace("{out}", out).replace(
            "{root}", harness.ROOT)
        for source, target in row.get("move", []):
            os.rename(os.path.join(work, source), os.path.join(work, target))
        for spec in row.get("files", []):
            path = os.path.join(work, spec["path"])
            parent = os.path.dirname(path)
            if os.path.isfile(parent):
                os.remove(parent)
            os.makedirs(parent, exist_ok=True)
            if os.path.lexists(path) and not os.path.isdir(path):
                os.remove(path)
            if spec.get("fifo"):
                os.mkfifo(path)
            elif "symlink" in spec:
                os.symlink(spec["symlink"], path)
            elif "copy_of" in spec:
                shutil.copy(os.path.join(work, spec["copy_of"]), path)
            else:
                with open(path, "wb") as f:
                    f.write(file_bytes(spec))

        lock = None
        if row.get("lock_out"):
            lock = open(os.path.join(out, ".spoken.lock"), "a")
            self.addCleanup(lock.close)
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        args = [os.path.abspath(harness.SPOKEN), *[expand(a) for a in row["args"]]]
        cwd = expand(row.get("cwd", harness.site_dir()))
        stdin = bytes.fromhex(row["stdin_hex"]) if "stdin_hex" in row else b""
        if row.get("close_stderr"):
            # The reading end of stderr is closed before spoken writes to it (SIGPIPE).
            process = subprocess.Popen(args, cwd=cwd, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            process.stderr.close()
            stdout = process.stdout.read()
            returncode, stderr = process.wait(timeout=300), ""
        else:
            result = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True,
                                    timeout=300, check=False)
            returncode = result.returncode
            stdout, stderr = result.stdout, result.stderr.decode("utf-8", "replace")
        stdout = stdout.decode("utf-8", "replace")

        self.assertEqual(returncode, row["exit"], stderr)
        for fragment in row.get("stderr", []):
            self.assertIn(expand(fragment), stderr)
        for fragment in row.get("stderr_absent", []):
            self.assertNotIn(fragment, stderr)
        for fragment in row.get("stdout", []):
            self.assertIn(fragment, stdout)
        for name in row.get("exists", []):
            self.assertTrue(os.path.exists(os.path.join(work, name)), name)
        for name in row.get("absent", []):
            self.assertFalse(os.path.lexists(os.path.join(work, name)), name)
        if row.get("intact"):
            self.assertEqual(snapshot(os.path.join(out, "article")), self.good_edition)
            self.assert_feed_lists(out, "article")
        for slug in row.get("feed_lists", []):
            self.assert_feed_lists(out, slug)
        for name in row.get("xml_wellformed", []):
            xml.dom.minidom.parse(os.path.join(work, name))  # raises on ill-formed XML
        if "manifest_title" in row:
            manifest = harness.load_json(os.path.join(out, "article", "manifest.json"))
            self.assertEqual(manifest["title"], row["manifest_title"])
        for fragment in row.get("not_in_outputs", []):
            self.assert_nowhere(out, fragment)
        for fragment in row.get("not_in_published", []):
            self.assert_nowhere(out, fragment)
        for name, fragments in row.get("in_outputs", {}).items():
            with open(os.path.join(work, name), encoding="utf-8") as f:
                text = f.read()
            for fragment in fragments:
                self.assertIn(fragment, text)

    def assert_feed_lists(self, out, slug):
        feed = feedparser.parse(os.path.join(out, "feed.xml"))
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        links = [entry.enclosures[0].href for entry in feed.entries]
        self.assertTrue(any(f"/{slug}/" in link for link in links), links)

    def assert_nowhere(self, out, fragment):
        """`fragment` appears in no published page, feed, caption or transcript file."""
        for parent, _, names in os.walk(out):
            for name in names:
                if not name.endswith(PUBLISHED):
                    continue
                with open(os.path.join(parent, name), encoding="utf-8", errors="replace") as f:
                    self.assertNotIn(fragment, f.read(), os.path.join(parent, name))


def add_row_tests():
    with open(CATALOGUE, encoding="utf-8") as f:
        rows = json.load(f)["rows"]
    for row in rows:
        def test(self, row=row):
            self.run_row(row)
        test.__doc__ = f"defect {row.get('defect', '-')}: {row['name']}"
        setattr(HostileInputTest, "test_" + row["name"], test)


add_row_tests()

if __name__ == "__main__":
    unittest.main()
