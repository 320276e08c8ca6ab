"""End to end on a real Slurm: a single-node cluster on localhost (tests/e2e/slurm_cluster.py)
runs deploy/slurm/submit: a job array of three `spoken build --shard slurm` tasks over three
articles, then `spoken publish` after all of them. The output is byte for byte that of one
`spoken build` of the same articles. Skipped, saying why, only where the daemons cannot
start (not root, Slurm or munge not installed, or they fail to come up)."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from slurm_cluster import CannotStart, SlurmCluster  # noqa: E402
from test_shards import ARTICLES, differing_files  # noqa: E402


class SlurmTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = SlurmCluster()
        try:
            cls.cluster.start()
        except CannotStart as reason:
            raise unittest.SkipTest(f"no single-node Slurm here: {reason}")
        cls.addClassCleanup(cls.cluster.stop)
        # The site folder Slurm runs in: spoken.yaml, voices/ and content/ with the articles.
        cls.site = tempfile.mkdtemp(prefix="spoken-slurm-site-")
        cls.addClassCleanup(shutil.rmtree, cls.site, True)
        shutil.copy(os.path.join(harness.site_dir(), "spoken.yaml"), cls.site)
        os.symlink(os.path.join(harness.ROOT, "voices"), os.path.join(cls.site, "voices"))
        os.mkdir(os.path.join(cls.site, "content"))
        for article in ARTICLES:
            shutil.copy(article, os.path.join(cls.site, "content"))
        cls.submitted = subprocess.run(
            [os.path.join(harness.ROOT, "deploy", "slurm", "submit"), "3", "--wait"], cwd=cls.site,
            env=cls.cluster.environment(SPOKEN=harness.SPOKEN, SPOKEN_OUT="sharded"),
            capture_output=True, text=True, check=False, timeout=300)
        cls.whole = subprocess.run([harness.SPOKEN, "build", "--out", "whole"], cwd=cls.site,
                                   capture_output=True, text=True, check=False)

    def log(self, prefix):
        names = sorted(n for n in os.listdir(self.site) if n.startswith(prefix))
        text = ""
        for name in names:
            with open(os.path.join(self.site, name), encoding="utf-8") as f:
                text += f.read()
        return names, text

    def test_the_array_and_publish_give_the_bytes_of_one_build(self):
        self.assertEqual(self.submitted.returncode, 0, self.submitted.stderr + self.cluster.logs())
        self.assertEqual(self.whole.returncode, 0, self.whole.stderr)
        sharded, whole = os.path.join(self.site, "sharded"), os.path.join(self.site, "whole")
        self.assertEqual(differing_files(whole, sharded), [])
        self.assertTrue(os.path.isfile(os.path.join(sharded, "feed.xml")))

    def test_each_task_built_its_own_shard_and_publish_ran_after_them(self):
        names, renders = self.log("spoken-render-")
        self.assertEqual(len(names), 3, names)
        for k in (1, 2, 3):
            self.assertIn(f"spoken: shard {k}/3: ", renders)
        self.assertEqual(sorted(line.split()[2].rstrip(":") for line in renders.splitlines()
                                if line.startswith("spoken: built ")),
                         ["sections", "structures", "tiny"])
        _, publish = self.log("spoken-publish-")
        self.assertIn("3 editions, 3 in feed.xml", publish)


if __name__ == "__main__":
    unittest.main()
