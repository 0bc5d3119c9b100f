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
# folder of .txt/.html/.jsonl, default: the set's corpus) times on more text than the 200 documents.
# BENCH_COPIES=N (1-26) times on bench/benchmark.sh's text-xN corpus instead, made in OUT_DIR: the
# textclean-dev texts copied N times, copy k with its ASCII letters rotated by k, so that every
# copy's names are new spellings and dedup_exact keeps every document.
bench="${BENCH_INPUT:-$set_dir/corpus}"
if [ -n "${BENCH_COPIES:-}" ]; then
  bench="$out/text-x$BENCH_COPIES"
  rm -rf "$bench"
  python3 - "$bench" "$BENCH_COPIES" "$root"/../shared/data/textclean-dev/*/text <<'PY'
import os, string, sys
out, copies, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for k in range(copies):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    rot = bytes.maketrans((lo + up).encode(), (lo[k:] + lo[:k] + up[k:] + up[:k]).encode())
    for d in dirs:
        dest = os.path.join(out, f"copy{k:02d}", os.path.basename(os.path.dirname(d)))
        os.makedirs(dest)
        for name in sorted(os.listdir(d)):
            with open(os.path.join(d, name), "rb") as f, open(os.path.join(dest, name), "wb") as g:
                g.write(f.read().translate(rot))
PY
fi
for p in text names; do
  stages='{ "stage": "unicode" }, { "stage": "min_words", "min": 20 }, { "stage": "dedup_exact" }'
  [ "$p" = names ] && stages="$stages, { \"stage\": \"names\" }"
  cat > "$out/bench-$p.pipeline" <<JSON
{ "version": 1, "input": { "paths": ["$bench"] },
  "output": { "path": "$out/bench-$p.jsonl", "report": "$out/bench-$p-report.json" },
  "stages": [ $stages ] }
JSON
done
best() {
  local best_wall=999999 best_user=999999
  for _ in 1 2 3 4 5; do
    read -r wall user < <( { /usr/bin/time -f "%e %U" "$scour" run -q --jobs 1 --pipeline "$1" >/dev/null; } 2>&1 | tail -1 )
    best_wall=$(python3 -c "print(min($best_wall, $wall))"); best_user=$(python3 -c "print(min($best_user, $user))")
  done
  echo "$best_wall $best_user"
}
read -r text_wall text_user < <(best "$out/bench-text.pipeline")
read -r names_wall names_user < <(best "$out/bench-names.pipeline")
python3 - "$bench" "$text_wall" "$text_user" "$names_wall" "$names_user" <<'PY'
import sys
bench, tw, tu, nw, nu = sys.argv[1], *map(float, sys.argv[2:])
# /usr/bin/time reports hundredths: on a tiny input the text-only run can read 0.00 s.
share = lambda a, b: f"{100*(a-b)/b:.0f}%" if b > 0 else "n/a (input too small to time)"
print(f"speed on {bench} (best of 5, --jobs 1): text-only {tw:.2f} s wall / {tu:.2f} s user; "
      f"with names {nw:.2f} s / {nu:.2f} s; names adds {share(nw, tw)} wall, {share(nu, tu)} user CPU")
PY
# Where the names stage's time goes, from the last run's report (observe + plan + apply, one core).
python3 - "$out/bench-names-report.json" <<'PY'
import json, sys
stages = {s["stage"]: s["seconds"] for s in json.load(open(sys.argv[1]))["stages"]}
print("stage seconds (last run): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
PY
