#!/usr/bin/env python3
"""Regenerates EVALUATION.md: every evaluation set through `nmg-bot ask --json`.

Usage (from the repository root):  python3 tests/eval/evaluate.py [--bin PATH]
                                   python3 tests/eval/evaluate.py --check [SET ...]
(--check prints what went wrong in each set, or in the sets named, and
writes nothing.)

For each set it counts the questions answered right, declined right (a
question the page does not answer, declined), answered wrongly (a wrong
answer, or a decline answered), declined wrongly (an answerable question
declined) and asked back ("您是想问：", which answers nothing yet), and the
confidence at which wrong answers start. Two formats are read:

- the scorer's (../shared/eval/score): question<TAB>expectation, with NONE
  for a required decline; the scorer's own checks are used;
- the question table's (tests/questions.tsv): question<TAB>topic/fact|none|
  ambiguous:a,b|overview<TAB>text the reply must hold.

The drafted sets ask pages drafted by `nmg-bot draft` with no hand edits
(in a temporary directory): what a new page is worth before any editor
has looked at it. They are reported, not required to be all right.

The binary is target/release/nmg-bot, built first if missing.
"""
import importlib.machinery
import importlib.util
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score")

# (title, path, format, note)
SETS = [
    ("public sample", "../shared/eval/sample.tsv", "score", "the shared public sample"),
    ("held-out (ours)", "tests/eval/heldout.tsv", "score", "written independently from the page"),
    ("second (ours)", "tests/eval/second.tsv", "score", "written from the page only"),
    ("third (ours)", "tests/eval/third.tsv", "score", "written blind from both pages (session 8)"),
    ("fourth (ours)", "tests/eval/fourth.tsv", "score", "written blind from both pages (session 9)"),
    ("fifth (ours)", "tests/eval/fifth.tsv", "score", "written blind from both pages (session 9, later)"),
    ("sixth (ours)", "tests/eval/sixth.tsv", "score", "written blind from both pages (session 10)"),
    ("seventh (ours)", "tests/eval/seventh.tsv", "score", "written blind from both pages (session 10, later)"),
    ("eighth (ours)", "tests/eval/eighth.tsv", "score", "written blind from the seed page (session 11)"),
    ("ninth (ours)", "tests/eval/ninth.tsv", "score", "written blind from the seed page (session 11, later)"),
    ("eleventh (ours)", "tests/eval/eleventh.tsv", "score", "written blind from the seed page (session 12)"),
    ("twelfth (ours)", "tests/eval/twelfth.tsv", "score", "written blind from the seed page (session 12, sealed)"),
    ("thirteenth (ours)", "tests/eval/thirteenth.tsv", "score", "written blind from the seed page (session 12, sealed until session 13)"),
    ("fourteenth (ours)", "tests/eval/fourteenth.tsv", "score", "written blind from the seed page (session 13, sealed)"),
    ("fifteenth (ours)", "tests/eval/fifteenth.tsv", "score", "written blind from both pages (session 13, sealed until session 14)"),
    ("sixteenth (ours)", "tests/eval/sixteenth.tsv", "score", "written blind from both pages (session 14, sealed until mid-session)"),
    ("seventeenth (ours)", "tests/eval/seventeenth.tsv", "score", "written blind from both pages (session 14, sealed until session 15's start)"),
    ("eighteenth (ours)", "tests/eval/eighteenth.tsv", "score", "written blind from both pages (session 15, sealed until the session's end)"),
    ("nineteenth (ours)", "tests/eval/nineteenth.tsv", "score", "written blind from both pages (session 16, its misses worked on)"),
    ("twentieth (ours)", "tests/eval/twentieth.tsv", "score", "written blind from both pages (session 16, sealed until its end; passing rows)"),
    ("twentieth, misses", "tests/eval/twentieth.misses.tsv", "score", "the twentieth set's misses at session 16's end"),
    ("twenty-first (ours)", "tests/eval/twentyfirst.tsv", "score", "written blind from both pages (session 17, sealed until its end; passing rows)"),
    ("twenty-first, misses", "tests/eval/twentyfirst.misses.tsv", "score", "the twenty-first set's misses at session 17's end"),
    ("twenty-second (ours)", "tests/eval/twentysecond.tsv", "score", "written blind from both pages (session 18, sealed until its end; passing rows)"),
    ("twenty-second, misses", "tests/eval/twentysecond.misses.tsv", "score", "the twenty-second set's misses at session 18's end"),
    ("twenty-third (ours)", "tests/eval/twentythird.tsv", "score", "written blind from both pages (session 19, sealed until its end; passing rows)"),
    ("twenty-third, misses", "tests/eval/twentythird.misses.tsv", "score", "the twenty-third set's misses at session 19's end"),
    ("twenty-fourth (ours)", "tests/eval/twentyfourth.tsv", "score", "written blind from both pages (session 20, sealed until its end; passing rows)"),
    ("twenty-fourth, misses", "tests/eval/twentyfourth.misses.tsv", "score", "the twenty-fourth set's misses at session 20's end"),
    ("twenty-fifth (ours)", "tests/eval/twentyfifth.tsv", "score", "written blind from both pages (session 21, sealed until late in it; passing rows)"),
    ("twenty-fifth, misses", "tests/eval/twentyfifth.misses.tsv", "score", "the twenty-fifth set's misses at session 21's end"),
    ("twenty-sixth (ours)", "tests/eval/twentysixth.tsv", "score", "written blind from both pages (session 22, sealed until late in it; passing rows)"),
    ("twenty-sixth, misses", "tests/eval/twentysixth.misses.tsv", "score", "the twenty-sixth set's misses at session 22's end"),
    ("twenty-seventh (ours)", "tests/eval/twentyseventh.tsv", "score", "written blind from both pages (session 23, sealed until late in it; passing rows)"),
    ("twenty-seventh, misses", "tests/eval/twentyseventh.misses.tsv", "score", "the twenty-seventh set's misses at session 23's end"),
    ("twenty-eighth (ours)", "tests/eval/twentyeighth.tsv", "score", "written blind from both pages (session 24, sealed until late in it; passing rows)"),
    ("twenty-eighth, misses", "tests/eval/twentyeighth.misses.tsv", "score", "the twenty-eighth set's misses at session 24's end"),
    ("twenty-ninth (ours)", "tests/eval/twentyninth.tsv", "score", "written blind from both pages (session 25, sealed until early in it; passing rows)"),
    ("twenty-ninth, misses", "tests/eval/twentyninth.misses.tsv", "score", "the twenty-ninth set's misses at session 25's end"),
    ("thirtieth (ours)", "tests/eval/thirtieth.tsv", "score", "written blind from both pages (session 26, sealed until early in it; passing rows)"),
    ("thirtieth, misses", "tests/eval/thirtieth.misses.tsv", "score", "the thirtieth set's misses at session 26's start"),
    ("thirty-first (ours)", "tests/eval/thirtyfirst.tsv", "score", "written blind from both pages (session 27, sealed until early in it; passing rows)"),
    ("thirty-first, misses", "tests/eval/thirtyfirst.misses.tsv", "score", "the thirty-first set's misses at session 27's start"),
    ("thirty-second (ours)", "tests/eval/thirtysecond.tsv", "score", "written blind from both pages (session 28, sealed until early in it; passing rows)"),
    ("thirty-second, misses", "tests/eval/thirtysecond.misses.tsv", "score", "the thirty-second set's misses at session 28's start"),
    ("thirty-third (ours)", "tests/eval/thirtythird.tsv", "score", "written blind from both pages (session 29, sealed until early in it; passing rows)"),
    ("thirty-third, misses", "tests/eval/thirtythird.misses.tsv", "score", "the thirty-third set's misses at session 29's start"),
    ("thirty-fourth (ours)", "tests/eval/thirtyfourth.tsv", "score", "written blind from both pages (session 30, sealed until early in it; passing rows)"),
    ("thirty-fourth, misses", "tests/eval/thirtyfourth.misses.tsv", "score", "the thirty-fourth set's misses at session 30's start"),
    ("thirty-fifth (ours)", "tests/eval/thirtyfifth.tsv", "score", "written blind from both pages (session 31, sealed until early in it; passing rows)"),
    ("thirty-fifth, misses", "tests/eval/thirtyfifth.misses.tsv", "score", "the thirty-fifth set's misses at session 31's start"),
    ("thirty-sixth (ours)", "tests/eval/thirtysixth.tsv", "score", "written blind from both pages (session 32, sealed until early in it; passing rows)"),
    ("thirty-sixth, misses", "tests/eval/thirtysixth.misses.tsv", "score", "the thirty-sixth set's misses at session 32's start"),
    ("thirty-seventh (ours)", "tests/eval/thirtyseventh.tsv", "score", "written blind from both pages (session 33, sealed until early in it; passing rows)"),
    ("thirty-seventh, misses", "tests/eval/thirtyseventh.misses.tsv", "score", "the thirty-seventh set's misses at session 33's start"),
    ("thirty-eighth (ours)", "tests/eval/thirtyeighth.tsv", "score", "written blind from both pages (session 34, sealed until early in it; passing rows)"),
    ("thirty-eighth, misses", "tests/eval/thirtyeighth.misses.tsv", "score", "the thirty-eighth set's misses at session 34's start"),
    ("thirty-ninth (ours)", "tests/eval/thirtyninth.tsv", "score", "written blind from both pages (session 35, sealed until early in it; passing rows)"),
    ("thirty-ninth, misses", "tests/eval/thirtyninth.misses.tsv", "score", "the thirty-ninth set's misses at session 35's start"),
    ("fortieth (ours)", "tests/eval/fortieth.tsv", "score", "written blind from both pages (session 36, sealed until early in it; passing rows)"),
    ("fortieth, misses", "tests/eval/fortieth.misses.tsv", "score", "the fortieth set's misses at session 36's start"),
    ("forty-first (ours)", "tests/eval/fortyfirst.tsv", "score", "written blind from both pages (session 37, sealed until early in it; passing rows)"),
    ("forty-first, misses", "tests/eval/fortyfirst.misses.tsv", "score", "the forty-first set's misses at session 37's start"),
    ("forty-second (ours)", "tests/eval/fortysecond.tsv", "score", "written blind from both pages (session 38, sealed until early in it; passing rows)"),
    ("forty-second, misses", "tests/eval/fortysecond.misses.tsv", "score", "the forty-second set's misses at session 38's start"),
    ("forty-third (ours)", "tests/eval/fortythird.tsv", "score", "written blind from both pages (session 39, sealed until early in it; passing rows)"),
    ("forty-third, misses", "tests/eval/fortythird.misses.tsv", "score", "the forty-third set's misses at session 39's start"),
    ("forty-fourth (ours)", "tests/eval/fortyfourth.tsv", "score", "written blind from both pages (session 40, sealed until early in it; passing rows)"),
    ("forty-fourth, misses", "tests/eval/fortyfourth.misses.tsv", "score", "the forty-fourth set's misses at session 40's start"),
    ("forty-fifth (ours)", "tests/eval/fortyfifth.tsv", "score", "written blind from both pages (session 41, sealed until early in it; passing rows)"),
    ("forty-fifth, misses", "tests/eval/fortyfifth.misses.tsv", "score", "the forty-fifth set's misses at session 41's start"),
    ("forty-sixth (ours)", "tests/eval/fortysixth.tsv", "score", "written blind from both pages (session 42, sealed until early in it; passing rows)"),
    ("forty-sixth, misses", "tests/eval/fortysixth.misses.tsv", "score", "the forty-sixth set's misses at session 42's start"),
    ("forty-seventh (ours)", "tests/eval/fortyseventh.tsv", "score", "written blind from both pages (session 43, sealed until early in it; passing rows)"),
    ("forty-seventh, misses", "tests/eval/fortyseventh.misses.tsv", "score", "the forty-seventh set's misses at session 43's start"),
    ("forty-eighth (ours)", "tests/eval/fortyeighth.tsv", "score", "written blind from both pages (session 44, sealed until early in it; passing rows)"),
    ("forty-eighth, misses", "tests/eval/fortyeighth.misses.tsv", "score", "the forty-eighth set's misses at session 44's start"),
    ("forty-ninth (ours)", "tests/eval/fortyninth.tsv", "score", "written blind from both pages (session 45, sealed until early in it; passing rows)"),
    ("forty-ninth, misses", "tests/eval/fortyninth.misses.tsv", "score", "the forty-ninth set's misses at session 45's start"),
    ("fiftieth (ours)", "tests/eval/fiftieth.tsv", "score", "written blind from both pages (session 46, sealed until early in it; passing rows)"),
    ("fiftieth, misses", "tests/eval/fiftieth.misses.tsv", "score", "the fiftieth set's misses at session 46's start"),
    ("fifty-first (ours)", "tests/eval/fiftyfirst.tsv", "score", "written blind from both pages (session 47, sealed until early in it; passing rows)"),
    ("fifty-first, misses", "tests/eval/fiftyfirst.misses.tsv", "score", "the fifty-first set's misses at session 47's start"),
    ("fifty-second (ours)", "tests/eval/fiftysecond.tsv", "score", "written blind from both pages (session 48, sealed until early in it; passing rows)"),
    ("fifty-second, misses", "tests/eval/fiftysecond.misses.tsv", "score", "the fifty-second set's misses at session 48's start"),
    ("fifty-third (ours)", "tests/eval/fiftythird.tsv", "score", "written blind from both pages (session 49, sealed until early in it; passing rows)"),
    ("fifty-third, misses", "tests/eval/fiftythird.misses.tsv", "score", "the fifty-third set's misses at session 49's start"),
    ("fifty-fourth (ours)", "tests/eval/fiftyfourth.tsv", "score", "written blind from both pages (session 50, sealed until early in it; passing rows)"),
    ("fifty-fourth, misses", "tests/eval/fiftyfourth.misses.tsv", "score", "the fifty-fourth set's misses at session 50's start"),
    ("dev page", "tests/pages/dev-page.questions.tsv", "score",
     "the development page's questions, on its reviewed knowledge"),
    ("question table", "tests/questions.tsv", "table", "old rows, issue 11's rows and the blind rows"),
    ("known gaps", "tests/eval/gaps.tsv", "table", "blind rows the bot does not yet get right"),
    ("dev page, drafted", "tests/pages/dev-page.questions.tsv", "score",
     "no hand edits: drafted beside knowledge/ without its reviewed topics"),
]

# The knowledge a drafted set is asked of: (page, what to start from).
DRAFTED = {
    "dev page, drafted": ("knowledge/pages/dev-page.txt", "without-own"),
}


# Every test page in tests/pages/ (test-page.txt, test-page-3.txt, …),
# drafted beside the whole of knowledge/ and alone, in the order of its
# number. Where it came from is the first line of its SOURCES.md.
def _page_number(path):
    m = re.search(r"test-page-(\d+)\.txt$", path)
    return int(m.group(1)) if m else 1


for _page in sorted(glob.glob("tests/pages/test-page*.txt"), key=_page_number):
    _n = _page_number(_page)
    _name = "test page" if _n == 1 else f"test page {_n}"
    _questions = _page[: -len(".txt")] + ".questions.tsv"
    SETS.append((f"{_name}, drafted", _questions, "score",
                 f"no hand edits: {_page} drafted beside the whole of knowledge/"))
    SETS.append((f"{_name}, drafted alone", _questions, "score",
                 f"no hand edits: {_page} drafted into an empty directory"))
    DRAFTED[f"{_name}, drafted"] = (_page, "beside")
    DRAFTED[f"{_name}, drafted alone"] = (_page, "alone")


def drafted_knowledge(binary, title, tmp):
    """For a drafted set, a knowledge directory with its page drafted and
    not edited, as `nmg-bot draft` leaves it; None for the other sets."""
    if title not in DRAFTED:
        return None
    page, start = DRAFTED[title]
    kdir = os.path.join(tmp, re.sub(r"\W+", "-", title))
    if start != "alone":
        shutil.copytree("knowledge", kdir)
    if start == "without-own":
        own = "pages/" + os.path.basename(page)
        for name in os.listdir(os.path.join(kdir, "pages")):
            if name.startswith(os.path.splitext(os.path.basename(page))[0] + "."):
                os.remove(os.path.join(kdir, "pages", name))
        topics = os.path.join(kdir, "topics")
        for name in os.listdir(topics):
            with open(os.path.join(topics, name), encoding="utf-8") as f:
                if own in f.read():
                    os.remove(os.path.join(topics, name))
    # Drafting a copy of the page: the shipped copy's name is taken.
    copy = os.path.join(tmp, os.path.basename(page))
    shutil.copyfile(page, copy)
    subprocess.run([binary, "draft", copy, "--knowledge", kdir], check=True,
                   capture_output=True)
    return kdir


def load_scorer():
    if not os.path.exists(SCORER):
        return None
    loader = importlib.machinery.SourceFileLoader("score", SCORER)
    spec = importlib.util.spec_from_loader("score", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def read_rows(path, fmt):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if fmt == "score":
                question, expect = cols[0], cols[1] if len(cols) > 1 else ""
                decline = any("NONE" in c.split("|") for c in expect.split(" ; "))
                rows.append((question, expect, decline))
            else:
                expect = (cols[1] if len(cols) > 1 else "").strip()
                must = (cols[2] if len(cols) > 2 else "").strip()
                rows.append((cols[0], (expect, must), expect == "none"))
    return rows


def squeeze(s):
    return re.sub(r"\s", "", s)


def table_ok(answer, expect):
    expected, must = expect
    reply = answer.get("reply") or ""
    if expected == "none":
        ok = answer["matched"] is False
    elif expected == "overview":
        ok = answer["kind"] in ("overview", "no_match")
    elif expected.startswith("ambiguous:") or expected.startswith("clarify:"):
        kind, topics = expected.split(":", 1)
        ok = answer["kind"] == kind and all(
            t.strip() in answer["candidates"] for t in topics.split(","))
    elif expected.startswith("region:") or expected.startswith("missing:"):
        kind, region = expected.split(":", 1)
        ok = answer["kind"] == kind and answer.get("region") == region
    else:
        ok = False
        for alt in expected.split("|"):
            alt = alt.strip()
            if "/" in alt:
                topic, fact = alt.split("/", 1)
                ok |= answer["matched"] and answer["topic"] == topic and answer["fact"] == fact
            else:
                ok |= answer["matched"] and answer["topic"] == alt and answer["fact"] is None
    for clause in (c for c in must.split(" ; ") if c.strip()):
        # "!TEXT" holds when the reply does not contain TEXT.
        holds = lambda m: (squeeze(m[1:]) not in squeeze(reply)) if m.strip().startswith("!") else (squeeze(m) in squeeze(reply))
        if not any(holds(m) for m in clause.split("|")):
            ok = False
    return ok


def evaluate(binary, scorer, title, path, fmt):
    rows = read_rows(path, fmt)
    stdin = "".join(q + "\n" for q, _, _ in rows)
    with tempfile.TemporaryDirectory() as tmp:
        kdir = drafted_knowledge(binary, title, tmp)
        extra = ["--knowledge", kdir] if kdir else []
        out = subprocess.run([binary, "ask", "--json", *extra], input=stdin,
                             capture_output=True, text=True, check=True).stdout
    answers = [json.loads(line) for line in out.splitlines() if line.strip()]
    counts = dict(right=0, declined_right=0, wrong=0, declined_wrong=0, asked_back=0)
    wrong = []
    confidences = []
    for (question, expect, decline), a in zip(rows, answers):
        if fmt == "score":
            ok = scorer.check(expect, a) is None if scorer else None
        else:
            ok = table_ok(a, expect)
        if a["matched"]:
            confidences.append((a.get("confidence", 0.0), bool(ok)))
        if decline:
            if not a["matched"]:
                counts["declined_right"] += 1
            elif ok:
                # NONE|2023: an answer with what the row allows instead
                # (the year the page gives, not the one asked) is right.
                counts["right"] += 1
            else:
                counts["wrong"] += 1
                wrong.append((question, a, "a decline answered"))
        elif a["kind"] == "clarify":
            counts["asked_back"] += 1
            wrong.append((question, a, "asked back"))
        elif not a["matched"] and a["kind"] not in ("overview",):
            if ok:
                counts["right"] += 1
            else:
                counts["declined_wrong"] += 1
                wrong.append((question, a, "declined"))
        elif ok:
            counts["right"] += 1
        else:
            counts["wrong"] += 1
            wrong.append((question, a, "wrong answer"))
    bad = [c for c, good in confidences if not good]
    start = max(bad) if bad else None
    return len(rows), counts, start, wrong


def check(binary, scorer, names):
    """Prints what went wrong in the sets whose title or path holds one of
    `names` (every set when none); returns 1 when anything did."""
    failed = 0
    for title, path, fmt, note in SETS:
        if names and not any(n in title or n in path for n in names):
            continue
        if not os.path.exists(path):
            continue
        n, c, start, wrong = evaluate(binary, scorer, title, path, fmt)
        print(f"== {title}: {n} questions, {c}")
        for q, a, why in wrong:
            reply = (a.get("reply") or "").replace("\n", " ")[:90]
            print(f"  {why} ({a.get('confidence', 0):.2f}, {a['kind']}): {q} -> {reply}")
        if wrong and "gaps" not in path and "misses" not in path and title not in DRAFTED:
            failed = 1
    return failed


def main(argv):
    binary = os.path.join(ROOT, "target", "release", "nmg-bot")
    if "--bin" in argv:
        binary = argv[argv.index("--bin") + 1]
    elif not os.path.exists(binary):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    os.chdir(ROOT)
    scorer = load_scorer()
    if "--check" in argv:
        names = [a for a in argv[argv.index("--check") + 1:] if not a.startswith("--")]
        return check(binary, scorer, names)
    lines = [
        "# Evaluation",
        "",
        "Every evaluation set through `nmg-bot ask --json`. Regenerate with",
        "`python3 tests/eval/evaluate.py` (from the repository root; it builds the release binary",
        "if there is none, and reads `../shared/eval/` for the public sample and the scorer).",
        "",
        "- **answered right**: an answerable question answered with the right point (and text).",
        "- **declined right**: a question the page does not answer, declined (\"I don't have that\").",
        "- **answered wrongly**: a wrong answer, or a question that should be declined answered.",
        "- **declined wrongly**: an answerable question declined.",
        "- **asked back**: an answerable question met with \"您是想问：\" (the right reading is among the buttons",
        "  or not; it answers nothing yet). A decline asked back counts as declined right.",
        "- **wrong answers start at**: the highest confidence (`\"confidence\"` in `ask --json`) of an",
        "  answer that is wrong; every answer above it was right. The bot answers from 0.5 when it",
        "  is sure of its reading; a lone reading it cannot doubt may answer lower.",
        "",
        "| set | questions | to decline | answered right | declined right | answered wrongly | declined wrongly | asked back | wrong answers start at |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    details = []
    for title, path, fmt, note in SETS:
        if not os.path.exists(path):
            lines.append(f"| {title} | (not found: {path}) | | | | | | | |")
            continue
        rows = read_rows(path, fmt)
        n, c, start, wrong = evaluate(binary, scorer, title, path, fmt)
        declines = sum(1 for r in rows if r[2])
        start_text = "none wrong" if start is None else f"{start:.2f}"
        lines.append(
            f"| {title} ({note}) | {n} | {declines} | {c['right']} | {c['declined_right']} | "
            f"{c['wrong']} | {c['declined_wrong']} | {c['asked_back']} | {start_text} |")
        if wrong:
            details.append(f"### {title}")
            details.append("")
            for q, a, why in wrong:
                reply = (a.get("reply") or "").replace("\n", " ")[:70]
                details.append(f"- {why} (confidence {a.get('confidence', 0):.2f}, {a['kind']}): "
                               f"{q} → {reply}")
            details.append("")
    lines.append("")
    if details:
        lines.append("## What went wrong")
        lines.append("")
        lines.extend(details)
    with open(os.path.join(ROOT, "EVALUATION.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")
    print("\n".join(lines[:0] + [l for l in lines if l.startswith("|")]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
