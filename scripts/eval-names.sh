#!/usr/bin/env bash
# Scores the names stage on a names development set and times it.
#
#   scripts/eval-names.sh [SET] [OUT_DIR]
#
# SET defaults to ../shared/data/names-dev (its corpus/*.txt are the input); OUT_DIR to a temp
# folder. Builds release, runs unicode+names over the set with --jobs 1, prints the scorer's
# report, then times the text-only pipeline (unicode) against unicode+names. Nothing from the set
# is copied into the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
set_dir="$(cd "${1:-$root/../shared/data/names-dev}" && pwd)"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
cd "$root"
swift build -c release --product scour >&2
scour="$(swift build -c release --show-bin-path)/scour"

cat > "$out/text.json" <<JSON
{ "version": 1, "input": { "paths": ["$set_dir/corpus"] },
  "output": { "path": "$out/text.jsonl", "report": "" },
  "stages": [ { "stage": "unicode" } ] }
JSON
cat > "$out/names.json.pipeline" <<JSON
{ "version": 1, "input": { "paths": ["$set_dir/corpus"] },
  "output": { "path": "$out/names.jsonl", "report": "$out/names-report.json" },
  "stages": [ { "stage": "unicode" }, { "stage": "names" } ] }
JSON

"$scour" run -q --jobs 1 --pipeline "$out/names.json.pipeline"
python3 "$root/../shared/tools/score_names.py" --set "$set_dir" --pred "$out/names.jsonl" ${SCORE_ARGS:-}
echo "review file: $out/names.json"

# Speed: best of 5 runs of each pipeline, --jobs 1, wall and user CPU seconds. BENCH_INPUT (a
# folder of .txt/.html/.jsonl, default: the set's corpus) times the minimal pipeline on more text
# than the 200 documents.
# BENCH_COPIES=N (1-26) times on bench/benchmark.sh's text-xN corpus instead, made in OUT_DIR: the
# textclean-dev texts copied N times, copy k with its ASCII letters rotated by k, so that every
# copy's names are new spellings and dedup_exact keeps every document.
bench="${BENCH_INPUT:-$set_dir/corpus}"
if [ -n "${BENCH_COPIES:-}" ]; then
  bench="$out/text-x$BENCH_COPIES"
  rm -rf "$bench"
  python3 "$root/bench/rotated_corpus.py" "$bench" "$BENCH_COPIES" "$root"/../shared/data/textclean-dev/*/text
fi
# Two pipelines, each without and with names: the minimal one (unicode, min_words, dedup_exact)
# on BENCH_INPUT or text-xN, and the default text pipeline (pipeline.json without html_extract)
# on the real textclean-dev texts (dragnet + mozilla-readability), or on text-xN when
# BENCH_COPIES is set. BASELINE_BIN=path/to/old/scour times that build too, alternating run by
# run with this one, so that both see the same load.
minimal='{ "stage": "unicode" }, { "stage": "min_words", "min": 20 }, { "stage": "dedup_exact" }'
default='{ "stage": "unicode" }, { "stage": "boilerplate", "skip_extensions": [".html", ".htm"] },
  { "stage": "metadata" }, { "stage": "boilerplate_repeats" },
  { "stage": "min_words", "min": 20 }, { "stage": "dedup_exact" }'
texts="\"$root/../shared/data/textclean-dev/dragnet/text\", \"$root/../shared/data/textclean-dev/mozilla-readability/text\""
[ -n "${BENCH_COPIES:-}" ] && texts="\"$bench\""
write_pipeline() {  # name, input paths (JSON), stages
  cat > "$out/bench-$1.pipeline" <<JSON
{ "version": 1, "input": { "paths": [$2] },
  "output": { "path": "$out/bench-$1.jsonl", "report": "$out/bench-$1-report.json" },
  "stages": [ $3 ] }
JSON
}
# Review files of their own, so that the scored run's names.json stays as it was.
write_pipeline minimal-text "\"$bench\"" "$minimal"
write_pipeline minimal-names "\"$bench\"" "$minimal, { \"stage\": \"names\", \"review_file\": \"bench-minimal-names.json\" }"
write_pipeline default-text "$texts" "$default"
write_pipeline default-names "$texts" "$default, { \"stage\": \"names\", \"review_file\": \"bench-default-names.json\" }"

bins=("$scour")
[ -n "${BASELINE_BIN:-}" ] && bins=("$BASELINE_BIN" "$scour")
# Best of 5 runs, --jobs 1, for every binary in turn: one "wall user" line per binary. Times come
# from wait4's resource usage (microseconds): /usr/bin/time's hundredths are too coarse for the
# real texts, where the names stage takes about 0.04 s.
best() {
  python3 - "$1" "${bins[@]}" <<'PY'
import os, subprocess, sys, time
pipeline, bins = sys.argv[1], sys.argv[2:]
walls, users = [float("inf")] * len(bins), [float("inf")] * len(bins)
for _ in range(5):
    for k, binary in enumerate(bins):
        start = time.monotonic()
        child = subprocess.Popen([binary, "run", "-q", "--jobs", "1", "--pipeline", pipeline], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0: sys.exit(f"{binary} failed on {pipeline}")
        walls[k], users[k] = min(walls[k], time.monotonic() - start), min(users[k], usage.ru_utime)
for wall, user in zip(walls, users): print(f"{wall:.3f} {user:.3f}")
PY
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources || echo '+changes')"
for pipeline in minimal default; do
  mapfile -t text < <(best "$out/bench-$pipeline-text.pipeline")
  mapfile -t names < <(best "$out/bench-$pipeline-names.pipeline")
  for k in "${!bins[@]}"; do
    python3 - "$pipeline" "$(grep -o '"paths": \[[^]]*\]' "$out/bench-$pipeline-text.pipeline")" "${bins[$k]}" ${text[$k]} ${names[$k]} <<'PY'
import sys
pipeline, inputs, binary, tw, tu, nw, nu = sys.argv[1], sys.argv[2], sys.argv[3], *map(float, sys.argv[4:])
share = lambda a, b: f"{100*(a-b)/b:.0f}%" if b > 0 else "n/a (input too small to time)"
print(f"{pipeline} pipeline, {binary}, on {inputs} (best of 5, --jobs 1): without names {tw:.3f} s wall / {tu:.3f} s user; "
      f"with names {nw:.3f} s / {nu:.3f} s; names adds {share(nw, tw)} wall, {share(nu, tu)} user CPU")
PY
  done
done
# Where the names stage's time goes, from the last run's report (observe + plan + apply, one core).
python3 - "$out/bench-default-names-report.json" <<'PY'
import json, sys
stages = {s["stage"]: s["seconds"] for s in json.load(open(sys.argv[1]))["stages"]}
print("default pipeline stage seconds (last run): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
PY
# The real texts take about a tenth of a second, where best-of-5 user CPU moves by ten points
# (it is counted in scheduler ticks): the default pipeline without and with names, run
# alternately INTERLEAVED times (default 40), medians of wall time and of user+system CPU.
python3 - "$scour" "$out" "${INTERLEAVED:-40}" <<'PY'
import os, statistics, subprocess, sys, time
binary, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = {"text": [], "names": []}
for _ in range(runs):
    for kind in times:
        start = time.monotonic()
        child = subprocess.Popen([binary, "run", "-q", "--jobs", "1", "--pipeline", f"{out}/bench-default-{kind}.pipeline"], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status: sys.exit(f"{binary} failed")
        times[kind].append((time.monotonic() - start, usage.ru_utime + usage.ru_stime))
for k, label in ((0, "wall"), (1, "CPU (user+sys)")):
    a, b = (statistics.median(t[k] for t in times[kind]) for kind in ("text", "names"))
    print(f"default pipeline, median of {runs} alternating runs: {label} {a * 1000:.1f} ms without names, "
          f"{b * 1000:.1f} ms with names: names adds {100 * (b - a) / a:.1f}%")
PY
