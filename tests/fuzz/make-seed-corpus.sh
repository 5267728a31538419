#!/usr/bin/env bash
# Assembles the fuzzers' seed corpus in BUILD/fuzz-corpus/TARGET/ from ../shared/data, tests/data
# and the bundled sample; nothing here is committed (the shared data stays where it is).
#   tests/fuzz/make-seed-corpus.sh [BUILD]   (BUILD defaults to build-fuzz; it must hold the fuzzers)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build-fuzz}
SHARED=${CASELINE_SHARED_DIR:-../shared}
SEEDS="$BUILD/fuzz-seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"

# Every importable text file goes to every importer: detection and each reader's refusal paths
# are worth covering too.
inputs=()
while IFS= read -r -d '' f; do inputs+=("$f"); done < <(
  find "$SHARED/data" tests/data resources/sample -type f \( -name '*.csv' -o -name '*.json' \) -print0 | sort -z)
for target in reader_csv reader_json reader_timelinejs reader_ice287g reader_detainer_policies; do
  mkdir -p "$SEEDS/$target"
  for f in "${inputs[@]}"; do
    name=${f#../}
    cp "$f" "$SEEDS/$target/${name//\//_}"
  done
done

# Dates as the importers and the case file write them, and the broken ones from the corpus.
mkdir -p "$SEEDS/partial_date"
i=0
for d in 2019 2019-07 2019-07-02 1000 9999-12-31 2019-13-40 2019-02-29 2020-02-29 0000 99999 "" " 2019" 2019-7-2 \
         +2019 -2019 2019-07-02T10:00 "2019-07-02 " 2019/07/02 "１９９９"; do
  printf '%s' "$d" > "$SEEDS/partial_date/seed-$((i++))"
done

# Case files: empty, the sample, one per importable shared file; plus the broken ones committed.
mkdir -p "$SEEDS/case_file"
"$BUILD/tests/fuzz/make_seed_case_files" "$SEEDS/case_file" "$SHARED"/data/*/*.csv "$SHARED"/data/*/*.json
rm -f "$SEEDS"/case_file/*-wal "$SEEDS"/case_file/*-shm
cp tests/data/bad/case-*.caseline "$SEEDS/case_file/"

for dir in "$SEEDS"/*/; do
  echo "$(basename "$dir"): $(ls "$dir" | wc -l) seed(s)"
done
