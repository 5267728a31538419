#!/usr/bin/env bash
# Issue 6 benchmark: builds what it needs and prints ONE JSON object (see caseline_bench.cpp).
#   bash tests/bench/run-benchmark.sh [--events N] [--lanes M] [--seed S] [--dir DIR]
# Defaults: 1,000,000 events in 3,000 jurisdictions, synthetic data (never real), written to a
# temporary folder unless --dir is given. Needs the sqlite3 shell (installed by .ci/build.sh).
# BUILD_DIR (default: build) is configured RelWithDebInfo if it does not exist yet.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build}"
command -v sqlite3 >/dev/null || { echo "run-benchmark.sh: the sqlite3 shell is missing (apt-get install sqlite3)" >&2; exit 1; }
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
fi
cmake --build "$build" --target caseline caseline_bench >&2
args=(--events 1000000 --lanes 3000)
[ $# -gt 0 ] && args=(--events 1000000 --lanes 3000 "$@")
QT_QPA_PLATFORM=offscreen "$build/tests/caseline_bench" "${args[@]}" 2> >(grep -v -e 'XDG_RUNTIME_DIR' -e 'propagateSizeHints' >&2)
