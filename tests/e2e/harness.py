"""Shared helpers for the end-to-end tests: run the real `spoken` binary and outside readers."""
import atexit
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Absolute: spoken runs in site_dir(), not where the tests were started.
SPOKEN = os.path.abspath(os.environ.get("SPOKEN_BIN", os.path.join(ROOT, "build", "spoken")))
# The tests read their own copy of the sample, never the user-editable content/.
SAMPLE = os.path.join(ROOT, "tests", "data", "sample", "bone-brain-axis.md")
TINY = os.path.join(ROOT, "tests", "data", "e2e", "tiny.md")


_SITE = None


def site_dir():
    """A folder holding the tests' spoken.yaml (tests/data/e2e/) and the shipped voices/:
    spoken runs there, so the user-editable spoken.yaml at the root plays no part."""
    global _SITE
    if _SITE is None:
        _SITE = tempfile.mkdtemp(prefix="spoken-e2e-site-")
        atexit.register(shutil.rmtree, _SITE, True)
        shutil.copy(os.path.join(ROOT, "tests", "data", "e2e", "spoken.yaml"), _SITE)
        os.symlink(os.path.join(ROOT, "voices"), os.path.join(_SITE, "voices"))
    return _SITE


def run_spoken(*args, cwd=None, input_text=None):
    """Runs build/spoken with `args` in site_dir() (or `cwd`), `input_text` on its standard
    input; returns the CompletedProcess (text mode). Paths in `args` must be absolute."""
    return subprocess.run([SPOKEN, *args], cwd=cwd or site_dir(), capture_output=True, text=True,
                          input=input_text, check=False)


def build(out_dir, *paths, jobs=None):
    args = ["build", "--out", out_dir, *paths]
    if jobs:
        args += ["--jobs", str(jobs)]
    return run_spoken(*args)


def temp_dir(test_case):
    folder = tempfile.TemporaryDirectory(prefix="spoken-e2e-")
    test_case.addClassCleanup(folder.cleanup) if isinstance(test_case, type) else test_case.addCleanup(folder.cleanup)
    return folder.name


def ffprobe_json(path, *entries):
    out = subprocess.run(["ffprobe", "-v", "error", "-of", "json", *entries, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def decoded_sample_count(path):
    """Samples ffmpeg decodes from `path` (mono s16), honouring the LAME gapless header."""
    pcm = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-"],
                         capture_output=True, check=True).stdout
    return len(pcm) // 2


def ebur128(path):
    """(integrated LUFS, true peak dBTP) as ffmpeg's ebur128 filter measures `path`, mono as dual mono."""
    err = subprocess.run(["ffmpeg", "-nostats", "-i", path, "-af", "ebur128=peak=true:dualmono=true",
                          "-f", "null", "-"], capture_output=True, text=True, check=True).stderr
    summary = err[err.rindex("Summary:"):]
    integrated = float(summary.split("I:")[1].split("LUFS")[0])
    peak = float(summary.split("Peak:")[1].split("dBFS")[0])
    return integrated, peak


def vtt_cues(path, kind="captions"):
    """Cues of a WebVTT file as the webvtt-parser npm package reads them."""
    out = subprocess.run(["node", os.path.join(ROOT, "tests", "e2e", "vtt_cues.js"), path, kind],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def node_json(script, *args, timeout=180):
    """What tests/e2e/SCRIPT (a node script that prints one JSON document) reports for `args`."""
    out = subprocess.run(["node", os.path.join(ROOT, "tests", "e2e", script), *args],
                         capture_output=True, text=True, check=True, timeout=timeout).stdout
    return json.loads(out)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
