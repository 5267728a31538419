#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (issue 7):
#   bash .ci/sanitize.sh            install what is missing, build build-asan, run every test
#   bash .ci/sanitize.sh -R gui     ... only the tests matching a ctest regex
# A memory error, a leak outside the suppressed third-party ones, or undefined behaviour fails
# the test it happens in.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libsqlite3-dev sqlite3 libboost-date-time-dev
  fonts-dejavu-core poppler-utils qt6-pdf-dev
)
bash .ci/install-missing.sh "${PACKAGES[@]}"

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASELINE_SANITIZE=ON
cmake --build build-asan --parallel "$(nproc)"

# halt_on_error: undefined behaviour stops the test instead of scrolling past. The leak
# suppressions cover third-party libraries only (see the file for why).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan-suppressions.txt:print_suppressions=0"
cd build-asan
# One test at a time; tests/CMakeLists.txt gives each four times its usual time under sanitizers.
ctest --output-on-failure "$@"
