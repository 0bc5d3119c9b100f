#!/usr/bin/env bash
# Compare Scour's HTML extraction with trafilatura, resiliparse and readability-lxml
# on the same pages (both extraction-dev sets), one core each, in one run:
# F1 per set (score_extraction.py), ms/page, pages/s, speed ratios.
#
# usage: bench/compare_extractors.sh [PIPELINE]
#   PIPELINE  pipeline file for Scour (default: a temporary one with only
#             {"stage": "html_extract"}). Its inputs/outputs are ignored.
# env:     SCOUR_SHARED (default: ../shared from the repository root),
#          RUNS (default 3; each timing is the median of RUNS runs),
#          PYTHON (default python3, used to create bench/.venv),
#          PEER_SPECS (default "trafilatura==2.3.1 resiliparse==2.0.0 readability-lxml==0.9")
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export SCOUR_SHARED=${SCOUR_SHARED:-$ROOT/../shared}
DATA=$SCOUR_SHARED/data/extraction-dev
RUNS=${RUNS:-3}
OUT=$ROOT/bench/out/compare
VENV=$ROOT/bench/.venv
read -r -a PEER_SPECS <<<"${PEER_SPECS:-trafilatura==2.3.1 resiliparse==2.0.0 readability-lxml==0.9}"

say() { echo "compare: $*" >&2; }

for set in dragnet mozilla-readability; do
    [[ -d $DATA/$set/html && -f $DATA/$set/truth.jsonl ]] || { say "missing $DATA/$set/{html,truth.jsonl} (set SCOUR_SHARED)"; exit 2; }
done
[[ -f $SCOUR_SHARED/tools/score_extraction.py ]] || { say "missing $SCOUR_SHARED/tools/score_extraction.py"; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT"

# 1. Peers in a virtualenv. One failing install does not stop the others.
if [[ ! -x $VENV/bin/python ]]; then
    say "creating $VENV"
    "${PYTHON:-python3}" -m venv "$VENV" || { say "cannot create a virtualenv (on Debian: apt-get install python3-venv)"; exit 1; }
    # the pip that comes with Python 3.11 trips over lxml[html-clean] extras: upgrade it first
    "$VENV/bin/python" -m pip install -q --upgrade pip || say "warning: could not upgrade pip; going on"
fi
PEERS=() FAILED=()
for spec in "${PEER_SPECS[@]}"; do
    name=${spec%%==*}
    if "$VENV/bin/python" -m pip install -q "$spec" >"$OUT/pip-$name.log" 2>&1; then
        PEERS+=("$name")
    else
        say "could not install $spec (see $OUT/pip-$name.log); going on without it"
        FAILED+=("$name")
    fi
done

# 2. Scour: release build (not timed), and a pipeline that only extracts.
SCOUR=() SCOUR_MISSING=()
if swift build -c release >"$OUT/build.log" 2>&1; then
    BIN=$(swift build -c release --show-bin-path)/scour
    if [[ $# -ge 1 ]]; then
        # a copy that writes corpus-stage summaries into $OUT, not next to the original
        python3 "$ROOT/bench/pipeline_copy.py" "$1" "$OUT/pipeline.json" "$OUT"
        PIPELINE=$OUT/pipeline.json
    else
        PIPELINE=$OUT/pipeline-extract.json
        echo '{ "version": 1, "stages": [ { "stage": "html_extract" } ] }' >"$PIPELINE"
    fi
    if "$BIN" validate "$PIPELINE" >"$OUT/validate.log" 2>&1; then
        SCOUR=(--scour "$BIN" --pipeline "$PIPELINE")
    elif ! "$BIN" stages | grep -q '^html_extract\b'; then
        say "Scour has no html_extract stage yet: its row says so"
        SCOUR_MISSING=(--scour-missing "stage not available")
    else
        say "$PIPELINE is not valid:"; cat "$OUT/validate.log" >&2
        SCOUR_MISSING=(--scour-missing "pipeline invalid")
    fi
else
    say "swift build failed (see $OUT/build.log); Scour's row says so"
    SCOUR_MISSING=(--scour-missing "build failed")
fi

# 3. Extract, time, score, print.
"$VENV/bin/python" "$ROOT/bench/peers.py" compare --out "$OUT" --runs "$RUNS" \
    --peers "${PEERS[@]}" --not-installed "${FAILED[@]}" "${SCOUR[@]}" "${SCOUR_MISSING[@]}" \
    "dragnet=$DATA/dragnet/html:$DATA/dragnet/truth.jsonl" \
    "mozilla-readability=$DATA/mozilla-readability/html:$DATA/mozilla-readability/truth.jsonl"
say "predictions, timings and the table (compare.md) are in $OUT"
