#!/usr/bin/env bash
# Drafted pages, no hand edits, scored: how well the bot answers from what
# `nmg-bot draft` writes before any editor has looked at it.
#
#   tests/eval/drafted.sh [BIN]      (from the repository root)
#
# - the development page (../shared/pages/dev-page.txt): knowledge/ copied
#   to a temporary directory, the reviewed dev page taken out (its page and
#   its topics), the page drafted there, its questions scored;
# - our own test pages (every tests/pages/test-page*.txt, with its
#   .questions.tsv beside it): each drafted beside the whole of knowledge/,
#   its questions scored;
# - each page drafted alone into an empty directory, its questions scored
#   (as tests/integration/drafting.rs does).
#
# BIN defaults to target/release/nmg-bot. Exits non-zero when a scorer
# reports a failure; every set is run either way.
set -uo pipefail
cd "$(dirname "$0")/../.."

bin="${1:-target/release/nmg-bot}"
score="../shared/eval/score"
dev_page="../shared/pages/dev-page.txt"
dev_questions="../shared/pages/dev-page.questions.tsv"
[ -f "$dev_page" ] || dev_page="knowledge/pages/dev-page.txt"
[ -f "$dev_questions" ] || dev_questions="tests/pages/dev-page.questions.tsv"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0

echo "== drafted: the development page (beside knowledge/ without its reviewed topics)"
cp -r knowledge "$tmp/dev"
rm -f "$tmp"/dev/pages/dev-page.*
grep -l 'pages/dev-page' "$tmp"/dev/topics/*.toml | xargs rm -f
"$bin" draft "$dev_page" --knowledge "$tmp/dev" >/dev/null || status=1
"$bin" check "$tmp/dev" >/dev/null || status=1
python3 "$score" --cmd "$bin ask --json --knowledge $tmp/dev" "$dev_questions" || status=1

# Every test page in tests/pages/, in the order of its number.
pages=$(ls tests/pages/test-page*.txt | sort -V)

for page in $pages; do
    name="$(basename "$page" .txt)"
    echo "== drafted: $page (beside the whole of knowledge/)"
    beside="$tmp/beside-$name"
    cp -r knowledge "$beside"
    "$bin" draft "$page" --knowledge "$beside" >/dev/null || status=1
    "$bin" check "$beside" >/dev/null || status=1
    python3 "$score" --cmd "$bin ask --json --knowledge $beside" "tests/pages/$name.questions.tsv" || status=1
done

for pair in "$dev_page $dev_questions" $(for page in $pages; do echo "$page:${page%.txt}.questions.tsv"; done); do
    pair="${pair/:/ }"
    set -- $pair
    echo "== drafted: $1 (alone, into an empty directory)"
    alone="$tmp/alone-$(basename "$1" .txt)"
    "$bin" draft "$1" --knowledge "$alone" >/dev/null || status=1
    "$bin" check "$alone" >/dev/null || status=1
    python3 "$score" --cmd "$bin ask --json --knowledge $alone" "$2" || status=1
done

exit $status
