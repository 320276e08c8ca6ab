"""End to end: an archive built in three shards (spoken build --shard, in each of its forms:
K/N, the Slurm array variables, the Kubernetes completion index) and then `spoken publish`
is byte for byte the archive one `spoken build` writes; the shards write no site files; a
second build, shard or publish over an unchanged archive changes no file, inode or
modification time. The feed is read with feedparser, the sitemap with an XML parser, and a
page of a paged index is audited with axe-core in Chromium."""
import filecmp
import os
import shutil
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ElementTree

import feedparser

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

DATA = os.path.join(harness.ROOT, "tests", "data", "e2e")
ARTICLES = [os.path.join(DATA, name) for name in ("tiny.md", "sections.md", "structures.html")]
SITE_FILES = ["feed.xml", "index.html", "sitemap.xml"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def run_spoken_with(env_extra, *args):
    """Runs spoken with the batch engines' variables of this process dropped, `env_extra` added."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SLURM_") and k not in ("JOB_COMPLETION_INDEX", "SPOKEN_SHARD_COUNT")}
    env.update(env_extra)
    return subprocess.run([harness.SPOKEN, *args], cwd=harness.site_dir(), capture_output=True,
                          text=True, check=False, env=env)


def snapshot(folder):
    """Every file and folder under `folder`: relative path -> (inode, mtime in ns, size)."""
    seen = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            stat = os.lstat(path)
            seen[os.path.relpath(path, folder)] = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    seen["."] = (os.stat(folder).st_ino, os.stat(folder).st_mtime_ns, 0)
    return seen


def differing_files(one, two):
    """Relative paths whose bytes differ, or that only one of the folders has."""
    found = []
    compared = filecmp.dircmp(one, two)
    found += compared.left_only + compared.right_only
    _, mismatch, errors = filecmp.cmpfiles(one, two, compared.common_files, shallow=False)
    found += mismatch + errors
    for sub in compared.common_dirs:
        found += [os.path.join(sub, p) for p in differing_files(os.path.join(one, sub),
                                                                os.path.join(two, sub))]
    return found


class ShardsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.whole = os.path.join(harness.temp_dir(cls), "whole")
        result = harness.build(cls.whole, *ARTICLES)
        assert result.returncode == 0, result.stderr
        cls.sharded = os.path.join(harness.temp_dir(cls), "sharded")
        cls.shard_logs = []
        for env, spec in (({}, "1/3"),
                          ({"SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "1",
                            "SLURM_ARRAY_TASK_COUNT": "3"}, "slurm"),
                          ({"JOB_COMPLETION_INDEX": "2", "SPOKEN_SHARD_COUNT": "3"}, "k8s")):
            result = run_spoken_with(env, "build", "--shard", spec, "--out", cls.sharded, *ARTICLES)
            assert result.returncode == 0, result.stderr
            cls.shard_logs.append(result.stderr)
        cls.site_files_before_publish = [n for n in SITE_FILES
                                         if os.path.exists(os.path.join(cls.sharded, n))]
        cls.published = harness.run_spoken("publish", "--out", cls.sharded)
        assert cls.published.returncode == 0, cls.published.stderr

    def test_shards_and_publish_give_the_bytes_of_one_build(self):
        self.assertEqual(differing_files(self.whole, self.sharded), [])
        for name in SITE_FILES + ["tiny/tiny.mp3", "sections/manifest.json", "structures/index.html"]:
            self.assertTrue(os.path.isfile(os.path.join(self.sharded, name)), name)

    def test_each_article_is_built_by_exactly_one_shard(self):
        self.assertEqual(self.site_files_before_publish, [])
        built = [line for log in self.shard_logs for line in log.splitlines()
                 if line.startswith("spoken: built ")]
        self.assertEqual(sorted(line.split()[2].rstrip(":") for line in built),
                         ["sections", "structures", "tiny"])
        self.assertIn("spoken: shard 2/3: ", self.shard_logs[1])  # SLURM_ARRAY_TASK_MIN=1

    def test_nothing_is_written_when_nothing_changed(self):
        before = snapshot(self.whole)
        again = harness.build(self.whole, *ARTICLES)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("nothing changed", again.stderr)
        shard = harness.run_spoken("build", "--shard", "2/3", "--out", self.whole, *ARTICLES)
        self.assertEqual(shard.returncode, 0, shard.stderr)
        self.assertIn("up to date", shard.stderr)
        publish = harness.run_spoken("publish", "--out", self.whole)
        self.assertEqual(publish.returncode, 0, publish.stderr)
        self.assertIn("nothing changed", publish.stderr)
        self.assertEqual(snapshot(self.whole), before)

    def test_a_new_publish_section_re_renders_no_edition(self):
        site = harness.temp_dir(self)
        with open(os.path.join(DATA, "spoken.yaml"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(site, "spoken.yaml"), "w", encoding="utf-8") as f:
            f.write(text + "publish:\n  feed_items: 1\n")
        os.symlink(os.path.join(harness.ROOT, "voices"), os.path.join(site, "voices"))
        out = os.path.join(site, "out")
        shutil.copytree(self.whole, out, symlinks=True)
        rebuilt = harness.run_spoken("build", "--out", out, *ARTICLES, cwd=site)
        self.assertEqual(rebuilt.returncode, 0, rebuilt.stderr)
        self.assertEqual(rebuilt.stderr.count(": up to date"), 3, rebuilt.stderr)
        self.assertEqual(len(feedparser.parse(os.path.join(out, "feed.xml")).entries), 1)

    def test_the_feed_reads_as_three_episodes(self):
        feed = feedparser.parse(os.path.join(self.sharded, "feed.xml"))
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertEqual(len(feed.entries), 3)

    def test_the_sitemap_lists_the_index_and_every_edition(self):
        root = ElementTree.parse(os.path.join(self.sharded, "sitemap.xml")).getroot()
        self.assertEqual(root.tag, SITEMAP + "urlset")
        locs = [loc.text for loc in root.iter(SITEMAP + "loc")]
        base = "https://example.org/audio/"
        self.assertEqual(sorted(locs), [base, base + "sections/", base + "structures/", base + "tiny/"])

    def test_a_paged_index_links_its_pages_and_passes_axe(self):
        out = os.path.join(harness.temp_dir(self), "paged")
        shutil.copytree(self.sharded, out, symlinks=True)
        config = os.path.join(harness.temp_dir(self), "spoken.yaml")
        with open(os.path.join(DATA, "spoken.yaml"), encoding="utf-8") as f:
            text = f.read()
        with open(config, "w", encoding="utf-8") as f:
            f.write(text + "publish:\n  feed_items: 2\n  index_page_size: 1\n")
        result = harness.run_spoken("publish", "--out", out, "--config", config)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(len(feedparser.parse(os.path.join(out, "feed.xml")).entries), 2)
        pages = sorted(n for n in os.listdir(out) if n.startswith("page-"))
        self.assertEqual(pages, ["page-2.html", "page-3.html"])
        report = harness.node_json("page_audit.js", "file://" + os.path.join(out, "page-2.html"))
        self.assertEqual(report["axe"]["violations"], [])
        with open(os.path.join(out, "page-2.html"), encoding="utf-8") as f:
            page = f.read()
        self.assertIn('<link rel="prev" href="index.html">', page)
        self.assertIn('<link rel="next" href="page-3.html">', page)
        root = ElementTree.parse(os.path.join(out, "sitemap.xml")).getroot()
        self.assertEqual(len(list(root.iter(SITEMAP + "loc"))), 6)  # 3 pages, 3 editions

    def test_audit_names_the_articles_a_missing_shard_would_have_built(self):
        site = harness.temp_dir(self)
        shutil.copy(os.path.join(DATA, "spoken.yaml"), site)
        os.symlink(os.path.join(harness.ROOT, "voices"), os.path.join(site, "voices"))
        os.mkdir(os.path.join(site, "content"))
        for article in ARTICLES:
            shutil.copy(article, os.path.join(site, "content"))
        shutil.copytree(os.path.join(self.sharded, "tiny"), os.path.join(site, "output", "tiny"))
        audit = harness.run_spoken("audit", cwd=site)
        self.assertEqual(audit.returncode, 1, audit.stderr)
        self.assertIn("sections: MISSING\n  FAIL  edition: no finished edition of "
                      "content/sections.md", audit.stdout)
        self.assertIn("structures: MISSING", audit.stdout)
        self.assertIn("tiny: PASS", audit.stdout)
        rerun = harness.run_spoken("build", "--shard", "2/3", cwd=site)  # the missing shard
        self.assertEqual(rerun.returncode, 0, rerun.stderr)
        audit = harness.run_spoken("audit", cwd=site)
        self.assertEqual(audit.returncode, 0, audit.stdout)
        self.assertNotIn("MISSING", audit.stdout)

    def test_a_bad_shard_is_a_usage_error(self):
        for args, message in ((["--shard", "0/3"], "K counts from 1"),
                              (["--shard", "slurm"], "SLURM_ARRAY_TASK_ID is not set"),
                              (["--shard", "k8s"], "JOB_COMPLETION_INDEX is not set")):
            result = run_spoken_with({}, "build", "--out", self.whole, *args, *ARTICLES)
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertIn(message, result.stderr)

    def test_publish_without_an_output_folder_says_so(self):
        missing = os.path.join(harness.temp_dir(self), "nowhere")
        result = harness.run_spoken("publish", "--out", missing)
        self.assertEqual(result.returncode, 1)
        self.assertIn("no such output folder", result.stderr)


if __name__ == "__main__":
    unittest.main()
