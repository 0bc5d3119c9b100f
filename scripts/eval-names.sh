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

# Speed: best of 5 runs of each pipeline (wall time, --jobs 1).
best() {
  local best=999999
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N); "$scour" run -q --jobs 1 --pipeline "$1" >/dev/null; e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
t_text=$(best "$out/text.json")
t_names=$(best "$out/names.json.pipeline")
echo "time (best of 5, --jobs 1): text-only ${t_text} ms, with names ${t_names} ms, names adds $(( (t_names - t_text) * 100 / (t_text > 0 ? t_text : 1) ))%"
