#!/usr/bin/env python3
"""Regenerates EVALUATION.md: every evaluation set through `nmg-bot ask --json`.

Usage (from the repository root):  python3 tests/eval/evaluate.py [--bin PATH]

For each set it counts the questions answered right, declined right (a
question the page does not answer, declined), answered wrongly (a wrong
answer, or a decline answered), declined wrongly (an answerable question
declined) and asked back ("您是想问：", which answers nothing yet), and the
confidence at which wrong answers start. Two formats are read:

- the scorer's (../shared/eval/score): question<TAB>expectation, with NONE
  for a required decline; the scorer's own checks are used;
- the question table's (tests/questions.tsv): question<TAB>topic/fact|none|
  ambiguous:a,b|overview<TAB>text the reply must hold.

The binary is target/release/nmg-bot, built first if missing.
"""
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score")

# (title, path, format, note)
SETS = [
    ("public sample", "../shared/eval/sample.tsv", "score", "the shared public sample"),
    ("held-out (ours)", "tests/eval/heldout.tsv", "score", "written independently from the page"),
    ("second (ours)", "tests/eval/second.tsv", "score", "written from the page only"),
    ("question table", "tests/questions.tsv", "table", "old rows, issue 11's rows and the blind rows"),
    ("known gaps", "tests/eval/gaps.tsv", "table", "blind rows the bot does not yet get right"),
]


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
    elif expected.startswith("ambiguous:"):
        ok = answer["kind"] == "ambiguous" and all(
            t in answer["candidates"] for t in expected[len("ambiguous:"):].split(","))
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
        if not any(squeeze(m) in squeeze(reply) for m in clause.split("|")):
            ok = False
    return ok


def evaluate(binary, scorer, title, path, fmt):
    rows = read_rows(path, fmt)
    stdin = "".join(q + "\n" for q, _, _ in rows)
    out = subprocess.run([binary, "ask", "--json"], input=stdin, capture_output=True,
                         text=True, check=True).stdout
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
            confidences.append((a.get("confidence", 0.0), ok and not decline))
        if decline:
            if not a["matched"]:
                counts["declined_right"] += 1
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


def main(argv):
    binary = os.path.join(ROOT, "target", "release", "nmg-bot")
    if "--bin" in argv:
        binary = argv[argv.index("--bin") + 1]
    elif not os.path.exists(binary):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    os.chdir(ROOT)
    scorer = load_scorer()
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
