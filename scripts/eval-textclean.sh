#!/usr/bin/env bash
# Token F1 / precision / recall of the text-cleaning stages on ../shared/data/textclean-dev.
# Builds scour in release, runs scripts/pipelines/textclean.json over each dev set, and scores the
# output with ../shared/tools/score_extraction.py. The dev data is read in place, never copied.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${TEXTCLEAN_DEV:-../shared/data/textclean-dev}"
SCORER="${SCORER:-../shared/tools/score_extraction.py}"
OUT="${TMPDIR:-/tmp}/scour-textclean"
mkdir -p "$OUT"
swift build -c release --product scour >/dev/null
for set in dragnet mozilla-readability; do
    start=$(date +%s.%N)
    .build/release/scour run --quiet --jobs 1 --report "" --pipeline scripts/pipelines/textclean.json \
        --output "$OUT/$set.jsonl" "$DATA/$set/text"
    end=$(date +%s.%N)
    echo "== $set ($(awk "BEGIN { printf \"%.2f\", $end - $start }") s)"
    python3 "$SCORER" --truth "$DATA/$set/truth.jsonl" --pred "$OUT/$set.jsonl" | grep -E "^(precision|recall|f1)"
done
