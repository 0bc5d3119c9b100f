#!/usr/bin/env bash
# Throughput of a Scour pipeline: docs/s and MB/s of input, whole run and per stage.
#
# usage: bench/benchmark.sh [PIPELINE]      (default: the repository's pipeline.json)
# env:   SCOUR_SHARED  data folder (default: ../shared from the repository root)
#        RUNS          timed runs per corpus and --jobs value (default 3; the median is shown)
#        JOBS          --jobs values to time (default "1 2")
#        TEXT_COPIES   copies of the textclean-dev texts in the text corpus (default 20, at most 26)
#
# Corpora: (a) html  = ../shared/data/extraction-dev/*/html (both sets, 334 pages)
#          (b) seeds = ../shared/seeds (5 articles; start-up dominates)
#          (c) text  = ../shared/data/textclean-dev/*/text copied TEXT_COPIES times into bench/out.
#              Copy k has its ASCII letters rotated by k (ROT-k; copy 0 is the original), so corpus
#              stages (dedup, repeated lines) see distinct documents, not TEXT_COPIES duplicates,
#              while sizes, line structure, case and non-ASCII text stay the same.
# Each corpus gets one untimed warm-up run (page cache), then RUNS timed runs per --jobs value.
# Wall time is measured around the whole `scour run` process (start-up, reading, stages, writing),
# with its CPU time (user + system), which a loaded machine disturbs less.
# Stage seconds come from the run report: they are summed over worker threads, so
# "MB/s per core" = MB of corpus input / stage seconds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SHARED=${SCOUR_SHARED:-$ROOT/../shared}
PIPELINE=$(realpath "${1:-$ROOT/pipeline.json}")
RUNS=${RUNS:-3}
JOBS=${JOBS:-1 2}
TEXT_COPIES=${TEXT_COPIES:-20}
OUT=$ROOT/bench/out/benchmark

say() { echo "benchmark: $*" >&2; }

HTML_DIRS=("$SHARED"/data/extraction-dev/*/html)
TEXT_DIRS=("$SHARED"/data/textclean-dev/*/text)
for d in "${HTML_DIRS[@]}" "${TEXT_DIRS[@]}" "$SHARED/seeds"; do
    [[ -d $d ]] || { say "missing $d (set SCOUR_SHARED to the folder holding data/ and seeds/)"; exit 2; }
done
(( TEXT_COPIES >= 1 && TEXT_COPIES <= 26 )) || { say "TEXT_COPIES must be 1..26"; exit 2; }

say "building release ..."
swift build -c release >&2
BIN=$(swift build -c release --show-bin-path)/scour
"$BIN" validate "$PIPELINE" >&2

rm -rf "$OUT" && mkdir -p "$OUT/text"
# a copy that writes its corpus-stage summaries into $OUT, not next to the original (clean/)
python3 "$ROOT/bench/pipeline_copy.py" "$PIPELINE" "$OUT/pipeline.json" "$OUT"
say "making the text corpus: textclean-dev x $TEXT_COPIES ..."
python3 "$ROOT/bench/rotated_corpus.py" "$OUT/text" "$TEXT_COPIES" "${TEXT_DIRS[@]}"

run() {  # run CORPUS JOBS LABEL INPUT...
    local corpus=$1 jobs=$2 label=$3; shift 3
    local report=$OUT/report-$corpus-j$jobs-$label.json times
    times=$(python3 "$ROOT/bench/timed.py" "$BIN" run --pipeline "$OUT/pipeline.json" \
        --output "$OUT/out-$corpus.jsonl" --report "$report" --jobs "$jobs" -q "$@") \
        || { say "scour run failed on $corpus (--jobs $jobs)"; exit 1; }
    [[ $label == warmup ]] || printf '%s\t%s\t%s\t%s\n' "$corpus" "$jobs" "$times" "$report" >>"$OUT/runs.tsv"
}
bench() {  # bench CORPUS INPUT...
    local corpus=$1; shift
    say "$corpus: warm-up, then $RUNS runs for each of --jobs $JOBS ..."
    run "$corpus" 1 warmup "$@"
    for jobs in $JOBS; do
        for i in $(seq "$RUNS"); do run "$corpus" "$jobs" "$i" "$@"; done
    done
}
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
: >"$OUT/runs.tsv"
bench html "${HTML_DIRS[@]}"
bench seeds "$SHARED/seeds"
bench "text-x$TEXT_COPIES" "$OUT/text"

python3 - "$OUT/runs.tsv" "$PIPELINE" "$(git -C "$ROOT" rev-parse --short HEAD)" "$LOAD_START" <<'EOF'
import json, os, statistics, sys, time
from collections import defaultdict
runs = defaultdict(list)
for line in open(sys.argv[1]):
    corpus, jobs, wall, cpu, report = line.rstrip("\n").split("\t")
    runs[corpus, int(jobs)].append((float(wall), float(cpu), json.load(open(report))))
stages = [s["stage"] for s in json.load(open(sys.argv[2]))["stages"]]
n = len(next(iter(runs.values())))
print(f"Pipeline {os.path.basename(sys.argv[2])} ({', '.join(stages)}), commit {sys.argv[3]}; "
      f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores, "
      f"load average {sys.argv[4]} at the start, {os.getloadavg()[0]:.2f} at the end; median of {n} runs.\n")
print("| corpus | docs | MB | --jobs | wall s (min–max) | CPU s | docs/s | MB/s | docs out |")
print("|---|---|---|---|---|---|---|---|---|")
for (corpus, jobs), rs in runs.items():
    walls = [w for w, _, _ in rs]
    wall, cpu = statistics.median(walls), statistics.median(c for _, c, _ in rs)
    rep = rs[0][2]
    docs, mb = rep["input"]["documents"], rep["input"]["bytes"] / 1e6
    print(f"| {corpus} | {docs} | {mb:.2f} | {jobs} | {wall:.3f} ({min(walls):.3f}–{max(walls):.3f}) | {cpu:.3f} | "
          f"{docs / wall:,.0f} | {mb / wall:.1f} | "
          f"{rep['output']['documents']} |")
print("\nStage seconds are summed over worker threads; MB/s per core = MB of corpus input / stage seconds "
      "(– under 0.01 s). They are wall time per document, so a loaded machine inflates them too.\n")
jobs_list = sorted({j for _, j in runs})
head = ["corpus", "stage", "docs in → out"] + [f"s (--jobs {j})" for j in jobs_list] + \
       [f"MB/s per core (--jobs {j})" for j in jobs_list]
print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
for corpus in dict.fromkeys(c for c, _ in runs):
    first = runs[corpus, jobs_list[0]][0][2]
    mb = first["input"]["bytes"] / 1e6
    for i, st in enumerate(first["stages"]):
        secs = [statistics.median(r["stages"][i]["seconds"] for _, _, r in runs[corpus, j]) for j in jobs_list]
        rates = [f"{mb / s:.1f}" if s >= 0.01 else "–" for s in secs]  # the report counts milliseconds
        print(f"| {corpus} | {st['stage']} | {st['documents_in']} → {st['documents_out']} | "
              + " | ".join(f"{s:.3f}" for s in secs) + " | " + " | ".join(rates) + " |")
EOF
