"""deploy/ as far as this machine can check it: the Kubernetes manifests against the
Kubernetes API schema (npm kubernetes-models, offline: wrong types, missing required fields
and bad enum values are caught, unknown fields are not), the Dockerfile with dockerfilelint,
the Slurm scripts with bash -n. Each checker is first shown to reject a broken input, so a
pass means something. No image is built and no cluster is contacted."""
import glob
import json
import os
import pathlib
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

DEPLOY = os.path.join(harness.ROOT, "deploy")
TOOLS = os.path.join(harness.ROOT, "tools", "deploy")


def kubernetes_check(*paths):
    result = subprocess.run(["node", os.path.join(TOOLS, "check-kubernetes.mjs"), *paths],
                            capture_output=True, text=True, check=False, timeout=120)
    return result.returncode, json.loads(result.stdout)["documents"]


def dockerfile_issues(path):
    result = subprocess.run([os.path.join(TOOLS, "node_modules", ".bin", "dockerfilelint"), "-o",
                             "json", path], capture_output=True, text=True, check=False, timeout=120)
    return [(issue["title"], issue["line"]) for issue in json.loads(result.stdout)["files"][0]["issues"]]


def scratch_file(test_case, name, text):
    path = pathlib.Path(harness.temp_dir(test_case), name)
    path.write_text(text, encoding="utf-8")
    return str(path)


class DeployTest(unittest.TestCase):
    def test_the_kubernetes_manifests_match_the_api_schema(self):
        manifests = sorted(glob.glob(os.path.join(DEPLOY, "kubernetes", "*.yaml")))
        code, documents = kubernetes_check(*manifests)
        self.assertEqual([(d["kind"], d["name"], d["errors"]) for d in documents if d["errors"]], [])
        self.assertEqual(code, 0)
        kinds = sorted((d["kind"], d["name"]) for d in documents)
        self.assertEqual(kinds, [("batch/v1/Job", "spoken-publish"), ("batch/v1/Job", "spoken-render"),
                                 ("v1/ConfigMap", "spoken-site"),
                                 ("v1/PersistentVolumeClaim", "spoken-archive")])

    def test_the_render_job_is_indexed_and_tells_spoken_its_count(self):
        code, documents = kubernetes_check(os.path.join(DEPLOY, "kubernetes", "render-job.yaml"))
        self.assertEqual(code, 0)
        with open(os.path.join(DEPLOY, "kubernetes", "render-job.yaml"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn("completionMode: Indexed", text)
        self.assertIn("completions: 8", text)
        self.assertIn('name: SPOKEN_SHARD_COUNT\n              value: "8"', text)
        self.assertIn('args: ["build", "--shard", "k8s"', text)

    def test_the_schema_check_rejects_a_broken_job(self):
        broken = scratch_file(self, "job.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\n"
                              "spec:\n  completionMode: Indexed\n  completions: eight\n"
                              "  template: {spec: {restartPolicy: Never, containers: []}}\n")
        code, documents = kubernetes_check(broken)
        self.assertEqual(code, 1)
        self.assertIn("must be integer at /spec/completions", documents[0]["errors"])

    def test_the_dockerfile_lints_clean(self):
        self.assertEqual(dockerfile_issues(os.path.join(DEPLOY, "container", "Dockerfile")), [])

    def test_the_linter_flags_a_careless_dockerfile(self):
        careless = scratch_file(self, "Dockerfile", "FROM debian\nRUN apt-get install foo\n")
        self.assertIn(("Base Image Missing Tag", "1"), dockerfile_issues(careless))

    def test_the_slurm_scripts_parse(self):
        for script in ("render.sbatch", "publish.sbatch", "submit"):
            result = subprocess.run(["bash", "-n", os.path.join(DEPLOY, "slurm", script)],
                                    capture_output=True, text=True, check=False)
            self.assertEqual(result.returncode, 0, result.stderr)


if __name__ == "__main__":
    unittest.main()
