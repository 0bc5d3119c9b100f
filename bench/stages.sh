#!/usr/bin/env bash
# Throughput of the text-cleaning stages `metadata` + `boilerplate`, in MB of text per CPU second.
#
# usage: bench/stages.sh
# env:   SCOUR_SHARED  data folder (default: ../shared from the repository root)
#        RUNS          timed runs per pipeline (default 9; the best is shown)
#        COPIES        copies of the textclean-dev texts in the corpus (default 10)
#        SCOUR_BIN     time this scour binary instead of building the repository's (e.g. one
#                      built from another commit, for a before/after comparison on the same load)
#
# Corpus: ../shared/data/textclean-dev/*/text copied COPIES times into bench/out/stages (unchanged
# copies: both stages work per document, and rotated letters as in benchmark.sh would hide every
# phrase from the boilerplate vocabulary).
# Two pipelines run with --jobs 1: `base` (unicode only) and `full` (unicode, boilerplate, metadata,
# in the default pipeline's order). "Together" = corpus MB / (user CPU of full - user
# CPU of base), best of RUNS each, so reading, writing and start-up cancel out. Per stage: corpus
# MB / the stage's seconds in the run report (best of RUNS).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SHARED=${SCOUR_SHARED:-$ROOT/../shared}
RUNS=${RUNS:-9}
COPIES=${COPIES:-10}
OUT=$ROOT/bench/out/stages

say() { echo "stages: $*" >&2; }
TEXT_DIRS=("$SHARED"/data/textclean-dev/*/text)
for d in "${TEXT_DIRS[@]}"; do [[ -d $d ]] || { say "missing $d (set SCOUR_SHARED)"; exit 2; }; done

if [[ -n ${SCOUR_BIN:-} ]]; then
    BIN=$SCOUR_BIN
else
    say "building release ..."
    swift build -c release --product scour >&2
    BIN=$(swift build -c release --show-bin-path)/scour
fi

rm -rf "$OUT" && mkdir -p "$OUT/text"
for k in $(seq "$COPIES"); do
    for d in "${TEXT_DIRS[@]}"; do
        dest=$OUT/text/copy$k/$(basename "$(dirname "$d")")
        mkdir -p "$dest" && cp "$d"/* "$dest"/
    done
done
cat >"$OUT/base.json" <<'EOF'
{ "version": 1, "input": { "paths": [] }, "output": { "path": "out.jsonl" },
  "stages": [ { "stage": "unicode" } ] }
EOF
cat >"$OUT/full.json" <<'EOF'
{ "version": 1, "input": { "paths": [] }, "output": { "path": "out.jsonl" },
  "stages": [ { "stage": "unicode" }, { "stage": "boilerplate" }, { "stage": "metadata" } ] }
EOF

: >"$OUT/runs.tsv"
# "wall user" seconds of a command, user CPU from wait4 in microseconds (/usr/bin/time's hundredths
# are too coarse for a difference of two runs of about half a second).
timed() {
    python3 -c 'import os, subprocess, sys, time
start = time.monotonic(); child = subprocess.Popen(sys.argv[1:]); _, status, usage = os.wait4(child.pid, 0)
if status: sys.exit("stages: run failed")
print(f"{time.monotonic() - start:.4f} {usage.ru_utime:.4f}")' "$@"
}
say "warm-up, then $RUNS runs of each pipeline, alternating ..."
# The two pipelines alternate run by run, so that both see the same load.
for i in $(seq 0 "$RUNS"); do
    for pipeline in base full; do
        report=$OUT/report-$pipeline-$i.json
        times=$(timed "$BIN" run --pipeline "$OUT/$pipeline.json" --jobs 1 -q \
            --output "$OUT/out-$pipeline.jsonl" --report "$report" "$OUT/text")
        (( i == 0 )) || printf '%s\t%s\t%s\n' "$pipeline" "$times" "$report" >>"$OUT/runs.tsv"
    done
done

LABEL=${SCOUR_BIN:+binary $SCOUR_BIN}
python3 - "$OUT/runs.tsv" "${LABEL:-commit $(git -C "$ROOT" rev-parse --short HEAD)}" <<'EOF'
import json, os, sys, time
runs = {}
for line in open(sys.argv[1]):
    pipeline, times, report = line.rstrip("\n").split("\t")
    user = float(times.split()[1])  # times are "wall user"; user CPU is steadier under load
    runs.setdefault(pipeline, []).append((user, json.load(open(report))))
rep = runs["full"][0][1]
mb = rep["input"]["bytes"] / 1e6
base, full = min(u for u, _ in runs["base"]), min(u for u, _ in runs["full"])
print(f"{sys.argv[2]}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.2f}; "
      f"{rep['input']['documents']} docs, {mb:.2f} MB; best of {len(runs['full'])} runs, --jobs 1\n")
print("| measure | seconds | MB/s per core |\n|---|---|---|")
print(f"| user CPU, unicode only | {base:.3f} | |")
print(f"| user CPU, unicode + metadata + boilerplate | {full:.3f} | |")
print(f"| **metadata + boilerplate** (difference) | {full - base:.3f} | **{mb / (full - base):.1f}** |")
for name in ("metadata", "boilerplate"):
    secs = min(next(s["seconds"] for s in r["stages"] if s["stage"] == name) for _, r in runs["full"])
    print(f"| {name} (stage seconds in the run report) | {secs:.3f} | {mb / secs:.1f} |")
EOF
