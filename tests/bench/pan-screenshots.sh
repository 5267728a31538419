#!/usr/bin/env bash
# Issue 6: the timeline while panning across a million events, as a screenshot series under Xvfb
# (a real X server, the xcb platform, not the off-screen one).
#   bash tests/bench/pan-screenshots.sh OUT_DIR [--events N] [--lanes M] [--dir CASE_DIR]
# Makes the synthetic case in CASE_DIR (default OUT_DIR/case) unless one is there from an earlier
# run, then pans fully zoomed out, at one year and at one week, and saves every tenth frame as
# OUT_DIR/pan-{all,year,week}-FF.png. The JSON on stdout holds the frame times of the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 OUT_DIR [--events N] [--lanes M] [--dir CASE_DIR]" >&2; exit 2; }
out="$(realpath -m "$1")"; shift
events=1000000 lanes=3000 case_dir="$out/case"
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --lanes) lanes="$2"; shift 2 ;;
    --dir) case_dir="$(realpath -m "$2")"; shift 2 ;;
    *) echo "$0: unknown option $1" >&2; exit 2 ;;
  esac
done
bash "$root/.ci/install-missing.sh" xvfb xauth
mkdir -p "$out" "$case_dir"
if [ ! -f "$case_dir/synthetic.caseline" ]; then
  bash "$root/tests/bench/run-benchmark.sh" --events "$events" --lanes "$lanes" --dir "$case_dir" > "$out/benchmark.json"
fi
build="${BUILD_DIR:-$root/build}"
xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
  "$build/tests/caseline_bench" --events "$events" --lanes "$lanes" --dir "$case_dir" --reuse --screenshots "$out" \
  2> >(grep -v -e 'XDG_RUNTIME_DIR' -e 'propagateSizeHints' >&2)
