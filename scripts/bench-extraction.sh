#!/usr/bin/env bash
# Side-by-side speed and F1 of html_extract and its peers (trafilatura, resiliparse, readability-lxml)
# on the extraction-dev pages, one core each. The peers are installed from PyPI into a virtualenv
# under .build/ on first use. Prints one line per tool and set: ms/page, MB/s, F1.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SCOUR_EXTRACTION_DEV:-../shared/data/extraction-dev}
SCORER=${SCOUR_SCORER:-../shared/tools/score_extraction.py}
VENV=${SCOUR_BENCH_VENV:-.build/bench-venv}

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import trafilatura, resiliparse, readability' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip   # the pip that venv brings fails on lxml[html-clean] extras
    "$VENV/bin/pip" install -q trafilatura==2.3.1 resiliparse readability-lxml
fi
swift build -c release >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo '{"version": 1, "input": {"paths": ["."]}, "output": {"path": "out.jsonl", "report": ""}, "stages": [{"stage": "html_extract"}]}' > "$tmp/pipeline.json"

f1() { python3 "$SCORER" --truth "$1" --pred "$2" --json | python3 -c 'import json, sys; print("%.3f" % json.load(sys.stdin)["f1"])'; }

printf '%-22s %-12s %6s %9s %7s %6s\n' set tool pages ms/page MB/s F1
for set in dragnet mozilla-readability; do
    html="$DATA/$set/html"
    truth="$DATA/$set/truth.jsonl"
    pages=$(find "$html" -name '*.html' | wc -l)
    bytes=$(find "$html" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s}')
    start=$(date +%s.%N)
    .build/release/scour run --pipeline "$tmp/pipeline.json" --output "$tmp/scour.jsonl" --report "" --jobs 1 --quiet "$html"
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v n="$pages" -v b="$bytes" -v set="$set" -v f="$(f1 "$truth" "$tmp/scour.jsonl")" \
        'BEGIN {printf "%-22s %-12s %6d %9.2f %7.1f %6s\n", set, "scour", n, (e - s) * 1000 / n, b / 1e6 / (e - s), f}'
    for tool in resiliparse trafilatura readability; do
        read -r name n ms mbs < <("$VENV/bin/python" scripts/bench_peers.py "$tool" "$html" "$tmp/$tool.jsonl")
        printf '%-22s %-12s %6d %9.2f %7.1f %6s\n' "$set" "$name" "$n" "$ms" "$mbs" "$(f1 "$truth" "$tmp/$tool.jsonl")"
    done
done
