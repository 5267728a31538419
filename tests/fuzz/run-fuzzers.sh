#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each one, one after the other, for SECONDS.
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     e.g. tests/fuzz/run-fuzzers.sh 300
# Targets: partial_date case_file reader_csv reader_json reader_timelinejs reader_ice287g
# reader_detainer_policies (all when none is named). A crash is saved as
# build-fuzz/fuzz-artifacts/TARGET/crash-*; add it to tests/fuzz/regressions/TARGET/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:?usage: $0 SECONDS [TARGET...]}
shift
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(partial_date case_file reader_csv reader_json reader_timelinejs reader_ice287g reader_detainer_policies)
BUILD=${CASELINE_FUZZ_BUILD:-build-fuzz}

# clang and its libFuzzer runtime are needed here only, not for the normal build.
PACKAGES=(clang libclang-rt-14-dev cmake ninja-build qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
          qt6-pdf-dev libqt6opengl6-dev libsqlite3-dev libboost-date-time-dev)
bash .ci/install-missing.sh "${PACKAGES[@]}"

[ -f "$BUILD/CMakeCache.txt" ] || CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASELINE_FUZZ=ON
cmake --build "$BUILD" --target fuzzers
[ -d "$BUILD/fuzz-seeds" ] || tests/fuzz/make-seed-corpus.sh "$BUILD"

mkdir -p "$BUILD/fuzz-logs"
status=0
for target in "${TARGETS[@]}"; do
  corpus="$BUILD/fuzz-corpus/$target"
  artifacts="$BUILD/fuzz-artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  max_len=65536
  [ "$target" = case_file ] && max_len=1048576
  [ "$target" = partial_date ] && max_len=64
  log="$BUILD/fuzz-logs/$target.log"
  start=$(date +%s)
  # Reads the seeds, keeps what it finds in $corpus; one process, one core.
  if "$BUILD/tests/fuzz/fuzz_$target" "$corpus" "$BUILD/fuzz-seeds/$target" -max_total_time="$SECONDS_EACH" \
       -max_len="$max_len" -timeout=20 -rss_limit_mb=3072 -artifact_prefix="$artifacts" -print_final_stats=1 \
       >"$log" 2>&1; then
    echo "$target: $(( $(date +%s) - start )) s, $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs, no finding"
  else
    echo "$target: FINDING after $(( $(date +%s) - start )) s; see $log and $artifacts"
    status=1
  fi
done
exit $status
