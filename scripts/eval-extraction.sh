#!/usr/bin/env bash
# Measures html_extract on the extraction-dev sets: builds release, runs `scour run` with one
# job over each set's pages, and prints the scorer's precision/recall/F1 and the speed.
# The dev data stays outside the repository (its licenses forbid copies).
#
#   scripts/eval-extraction.sh [EXTRA_OPTIONS_JSON]      e.g. '{"bias": "precision"}'
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SCOUR_EXTRACTION_DEV:-../shared/data/extraction-dev}
SCORER=${SCOUR_SCORER:-../shared/tools/score_extraction.py}
OPTIONS=${1:-{\}}

swift build -c release >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$OPTIONS" > "$tmp/pipeline.json" <<'PY'
import json, sys
stage = {"stage": "html_extract"}
stage.update(json.loads(sys.argv[1]))
print(json.dumps({"version": 1, "input": {"paths": ["."]}, "output": {"path": "out.jsonl", "report": ""},
                  "stages": [stage]}))
PY

for set in dragnet mozilla-readability; do
    html="$DATA/$set/html"
    pages=$(find "$html" -name '*.html' | wc -l)
    bytes=$(find "$html" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s}')
    start=$(date +%s.%N)
    .build/release/scour run --pipeline "$tmp/pipeline.json" --output "$tmp/$set.jsonl" --report "" \
        --jobs 1 --quiet "$html"
    end=$(date +%s.%N)
    echo "== $set: $pages pages, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB," \
        "$(awk -v s="$start" -v e="$end" -v n="$pages" -v b="$bytes" \
            'BEGIN {printf "%.2f ms/page, %.1f MB/s (whole run, one job)", (e - s) * 1000 / n, b / 1e6 / (e - s)}')"
    python3 "$SCORER" --truth "$DATA/$set/truth.jsonl" --pred "$tmp/$set.jsonl"
done
