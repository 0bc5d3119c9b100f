#!/usr/bin/env bash
# Sets up and runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec swift test "$@"
