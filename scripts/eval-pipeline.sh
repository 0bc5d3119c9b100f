#!/usr/bin/env bash
# Scores a whole pipeline (default: ./pipeline.json) on every dev set with gold text: the HTML
# pages of extraction-dev and the whole-page texts of textclean-dev. Prints precision, recall, F1.
#
#   scripts/eval-pipeline.sh [PIPELINE]
set -euo pipefail
cd "$(dirname "$0")/.."
PIPELINE=${1:-pipeline.json}
SHARED=${SCOUR_SHARED:-../shared}
swift build -c release --product scour >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Run a copy whose side files (summaries, names.json, audit) go to the temporary folder.
python3 - "$PIPELINE" "$tmp" > "$tmp/pipeline.json" <<'PY'
import json, os, sys
pipeline = json.load(open(sys.argv[1]))
pipeline["output"] = {"path": os.path.join(sys.argv[2], "out.jsonl"), "report": "", "summaries": ""}
print(json.dumps(pipeline))
PY
printf '%-12s %-20s %9s %9s %9s\n' kind set precision recall f1
for kind in extraction textclean; do
    for set in dragnet mozilla-readability; do
        data="$SHARED/data/$kind-dev/$set"
        input="$data/html"; [ "$kind" = textclean ] && input="$data/text"
        .build/release/scour run -p "$tmp/pipeline.json" -o "$tmp/$kind-$set.jsonl" --report "" -q "$input"
        python3 "$SHARED/tools/score_extraction.py" --truth "$data/truth.jsonl" --pred "$tmp/$kind-$set.jsonl" --json \
            | python3 -c "import json,sys; r=json.load(sys.stdin); s=r.get('summary', r); print('%-12s %-20s %9.3f %9.3f %9.3f' % ('$kind', '$set', s['precision'], s['recall'], s['f1']))"
    done
done
