#!/usr/bin/env bash
# Every question of every set and table asked of two binaries; prints the
# questions whose answers differ. Run before committing a change to the
# engine, and read each difference.
#
#   tests/eval/diff-answers.sh OLD_BIN NEW_BIN [KNOWLEDGE]   (from the repository root)
#
# OLD_BIN is typically the release binary of the commit before the change,
# copied aside. KNOWLEDGE defaults to knowledge/.
set -euo pipefail
cd "$(dirname "$0")/../.."
old="$1"
new="$2"
knowledge="${3:-knowledge}"
sets=(../shared/eval/sample.tsv tests/eval/*.tsv tests/questions.tsv tests/pages/dev-page.questions.tsv)
for set in "${sets[@]}"; do
    [ -f "$set" ] || continue
    python3 - "$old" "$new" "$knowledge" "$set" <<'PY'
import json, subprocess, sys
old, new, knowledge, path = sys.argv[1:]
questions = [l.split("\t")[0] for l in open(path, encoding="utf-8")
             if l.strip() and not l.startswith("#")]
def ask(binary):
    out = subprocess.run([binary, "ask", "--json", "--knowledge", knowledge],
                         input="\n".join(questions) + "\n", capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]
for q, a, b in zip(questions, ask(old), ask(new)):
    if (a["matched"], a["reply"]) != (b["matched"], b["reply"]):
        print(f"[{path}] {q}")
        print(f"  old ({a['matched']}): {a['reply'][:160]!r}")
        print(f"  new ({b['matched']}): {b['reply'][:160]!r}")
PY
done
