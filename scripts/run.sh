#!/usr/bin/env bash
# Sets up, builds (release) and runs scour; with no arguments it runs ./pipeline.json (raw/ → clean/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product scour >&2
exec .build/release/scour "$@"
