#!/usr/bin/env bash
# `nmg-bot ask --json` over 20,000 questions (the test table, repeated):
# time per question and peak memory, measured with GNU time.
# Run from the repository root: bash benches/ask.sh
set -euo pipefail
cargo build --release --quiet
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/nmg-bot"
questions="$(mktemp)"
trap 'rm -f "$questions"' EXIT
grep -v '^#' tests/questions.tsv | grep -v '^$' | cut -f1 > "$questions.one"
while [ "$(wc -l < "$questions")" -lt 20000 ]; do cat "$questions.one" >> "$questions"; done
head -n 20000 "$questions" > "$questions.one" && mv "$questions.one" "$questions"
report="$(mktemp)"
/usr/bin/time -v "$bin" ask --json < "$questions" > /dev/null 2> "$report"
secs=$(grep 'Elapsed (wall clock)' "$report" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
kib=$(grep 'Maximum resident set size' "$report" | awk '{print $NF}')
rm -f "$report"
python3 -c "print(f'ask --json: 20000 questions in {float($secs):.2f} s, {float($secs)/20000*1e6:.1f} µs per question (start-up included); peak memory {int($kib)/1024:.1f} MiB')"
