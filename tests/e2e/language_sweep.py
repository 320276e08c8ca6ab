"""One short article per language and the checks an edition in that language must pass.
Used by test_language_sample.py (a sample in ctest) and scripts/language-sweep (every
language `espeak-ng --voices` lists).

The article's words are the language's own, taken from the glibc locale sources in
/usr/share/i18n/locales (the language's name for itself and its country, month and weekday
names), so that the build meets the language's script, direction and sentence breaks; the
numbers, a date and a percentage exercise its number rules. A language glibc has no locale
for gets the numbers around its eSpeak NG voice name."""
import glob
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

LOCALES = "/usr/share/i18n/locales"
# eSpeak NG languages whose glibc locale goes by another name.
GLIBC_NAMES = {"cmn": "zh_CN", "cmn-latn-pinyin": None, "fa-latn": None, "yue": "yue_HK",
               "hak": "hak_TW", "hyw": None, "ru-lv": "ru_RU", "nb": "nb_NO", "sr": "sr_RS",
               "chr-US-Qaaa-x-west": "chr_US"}
# The full stop of scripts that have their own.
STOPS = {"HAN": "。", "HIRAGANA": "。", "KATAKANA": "。", "ARMENIAN": "։", "ETHIOPIC": "።",
         "DEVANAGARI": "।", "BENGALI": "।", "ORIYA": "।", "GURMUKHI": "।", "MYANMAR": "။",
         "THAI": " ", "ARABIC": "."}
# The words the English announcement is made of (not "audio": Spanish, French and Italian
# say it too).
ANNOUNCEMENT_WORDS = {"edition", "read", "synthetic", "voice"}


def espeak_languages():
    """(language, voice name) of every voice `espeak-ng --voices` lists, in its order, each
    language once."""
    out = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True,
                         check=True).stdout
    languages = []
    for line in out.splitlines()[1:]:
        fields = line.split()
        if len(fields) > 3 and fields[1] not in dict(languages):
            languages.append((fields[1], fields[3]))
    return languages


def _decode(value):
    return re.sub(r"<U([0-9A-Fa-f]{4,6})>", lambda m: chr(int(m.group(1), 16)), value)


def _locale_file(language):
    name = GLIBC_NAMES.get(language, "")
    if name is None:
        return None
    if name:
        return os.path.join(LOCALES, name)
    primary = language.split("-")[0]
    for pattern in (primary, primary + "_*"):
        found = sorted(f for f in glob.glob(os.path.join(LOCALES, pattern)) if "@" not in f)
        if found:
            return found[0]
    return None


def _locale_strings(path, key):
    """The strings of the glibc locale keyword `key` (a list: "mon" has twelve)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    match = re.search(r"^%s\s+((?:\"[^\"]*\"(?:;/?\s*)?)+)" % key, text, re.M)
    if not match:
        return []
    return [_decode(v) for v in re.findall(r"\"([^\"]*)\"", match.group(1))]


def _stop_after(word):
    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for script, stop in STOPS.items():
                if name.startswith(script) or (script == "HAN" and "CJK" in name):
                    return stop
            return "."
    return "."


def words_of(language, voice_name):
    """The language's words from glibc: its name, its country's, months and weekdays."""
    path = _locale_file(language)
    words = {}
    if path:
        for key in ("lang_name", "country_name", "mon", "day"):
            values = _locale_strings(path, key)
            if values and all(values):
                words[key] = values
    if "lang_name" not in words:
        return {"lang_name": [voice_name], "country_name": [voice_name],
                "mon": [voice_name] * 12, "day": [voice_name] * 7, "from_glibc": False}
    for key in ("country_name", "mon", "day"):
        words.setdefault(key, words["lang_name"] * (12 if key == "mon" else 7))
    words["from_glibc"] = True
    return words


def article_text(language, voice_name):
    """(Markdown article, whether its words are the language's own)."""
    w = words_of(language, voice_name)
    stop = _stop_after(w["lang_name"][0])
    name, country, mon, day = w["lang_name"][0], w["country_name"][0], w["mon"], w["day"]
    text = "---\ntitle: \"%s %s\"\nlanguage: %s\nauthor: %s\n---\n\n" % (
        name, country, language, day[0])
    text += "%s 12 %s 2024%s %s 3 %s%s\n\n" % (day[1], mon[2], stop, name, country, stop)
    text += "%s 1500 %s 45%%%s\n\n" % (country, mon[4], stop)
    text += "## %s\n\n" % mon[0]
    text += "%s 05/03/2020 %s 7%s %s 250%s\n" % (day[2], mon[6], stop, day[3], stop)
    return text, w["from_glibc"]


def first_strong_direction(text):
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def english_words(body):
    """The words Spoken would add to `body` in English: its English number and date words
    and the English announcement, less the words `body` itself has."""
    result = harness.run_spoken("normalize", "--lang", "en", input_text=body)
    said = set(re.findall(r"[a-z]+", result.stdout.lower()))
    own = set(re.findall(r"[^\W_]+", body.lower()))
    return {w for w in said | ANNOUNCEMENT_WORDS if len(w) > 3 and w not in own}


def check_edition(out, slug, language, source_text):
    """The problems of the built edition `slug` in `out`, as a list of strings."""
    problems = []
    folder = os.path.join(out, slug)
    manifest = harness.load_json(os.path.join(folder, "manifest.json"))
    sections = manifest["sections"]
    sentences = [s for sec in sections for s in sec["sentences"]]
    spoken = " ".join(s["spoken"] for s in sentences)
    if not spoken.strip():
        problems.append("nothing spoken")
    if manifest["audio"]["duration_ms"] <= 0:
        problems.append("empty audio")
    if not language.startswith("en"):
        body = source_text.split("---", 2)[2]
        english = sorted(w for w in re.findall(r"\w+", spoken.lower())
                         if w in english_words(body))
        if english:
            problems.append("English words spoken: " + " ".join(sorted(set(english))))
    audit = harness.run_spoken("audit", "--out", out, slug)
    if audit.returncode != 0:
        failed = [line for line in audit.stdout.splitlines() if "FAIL" in line]
        problems.append("audit: " + "; ".join(failed or [audit.stderr.strip()]))
    with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
        page = f.read()
    html = re.search(r"<html ([^>]*)>", page)
    attributes = dict(re.findall(r'(\w+)="([^"]*)"', html.group(1))) if html else {}
    if attributes.get("lang", "").lower() != manifest["language"].lower():
        problems.append("page lang %r, edition %r" % (attributes.get("lang"),
                                                      manifest["language"]))
    title = source_text.split('title: "', 1)[1].split('"', 1)[0]
    direction = attributes.get("dir", "ltr")
    if direction != first_strong_direction(title):
        problems.append("page dir %s for a %s title" % (direction, first_strong_direction(title)))
    chapters = harness.ffprobe_json(os.path.join(folder, slug + ".mp3"),
                                    "-show_chapters")["chapters"]
    if [(c["tags"].get("title"), int(c["start"]), int(c["end"])) for c in chapters] != \
            [(s["title"], s["start_ms"], s["end_ms"]) for s in sections]:
        problems.append("MP3 chapters differ from the manifest's sections")
    cues = harness.vtt_cues(os.path.join(folder, slug + ".vtt"))
    if cues["errors"]:
        problems.append("captions: %s" % cues["errors"])
    if [(c["id"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in cues["cues"]] != \
            [(s["id"], s["start_ms"], s["end_ms"]) for s in sentences]:
        problems.append("captions differ from the manifest's sentences")
    return problems


# A well-formed BCP 47 tag (language, script, region, variants, private use). eSpeak NG
# names some voices otherwise: "en-us-nyc", "chr-US-Qaaa-x-west", "piqd".
BCP47 = re.compile(r"^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*"
                   r"(-x(-[a-z\d]{1,8})+)?$", re.I)


def article_language(espeak_language):
    """The tag an article in the language of eSpeak NG's voice `espeak_language` is written
    with: that name when it is BCP 47, else its primary subtag when that is one."""
    if BCP47.match(espeak_language):
        return espeak_language
    primary = espeak_language.split("-")[0]
    return primary if re.match(r"^[a-z]{2,3}$", primary) else espeak_language


def run_language(espeak_language, voice_name, work):
    """Builds one article in the language of eSpeak NG's voice `espeak_language` (written with
    article_language's tag) in the folder `work` and checks it. Returns a dict: language,
    tag, outcome ("built", "refused": a clean error naming the article, with its
    reason, or "failed"), level ("full", "generic", "typography"), own_words, digits_left
    (digits passed to eSpeak NG), problems."""
    language = article_language(espeak_language)
    slug = "lang-" + re.sub(r"[^a-z0-9]+", "-", espeak_language.lower())
    text, own_words = article_text(language, voice_name)
    path = os.path.join(work, slug + ".md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    out = os.path.join(work, "out")
    row = {"language": espeak_language, "tag": language, "own_words": own_words, "problems": [], "level": "full",
           "digits_left": False}
    try:
        result = subprocess.run([harness.SPOKEN, "build", "--out", out, path],
                                cwd=harness.site_dir(), capture_output=True, text=True,
                                timeout=300, check=False)
    except subprocess.TimeoutExpired:
        row.update(outcome="failed", problems=["build did not finish in 300 s"])
        return row
    if "generic spoken-form rules" in result.stderr:
        row["level"] = "generic"
    if "typography" in result.stderr:
        row["level"] = "typography"
    if result.returncode != 0:
        # A clean refusal: exit 1 and one error that names the article.
        clean = re.search(r"error: .*%s\.md(:\d+)?: (.*)" % re.escape(slug), result.stderr)
        if result.returncode == 1 and clean:
            row.update(outcome="refused", reason=clean.group(2))
        else:
            row.update(outcome="failed",
                       problems=["exit %d: %s" % (result.returncode, result.stderr.strip())])
        return row
    row["outcome"] = "built"
    row["problems"] = check_edition(out, slug, language, text)
    manifest = harness.load_json(os.path.join(out, slug, "manifest.json"))
    row["digits_left"] = any(re.search(r"\d", s["spoken"]) for sec in manifest["sections"]
                             for s in sec["sentences"])
    return row
