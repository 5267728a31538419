#!/usr/bin/env bash
# Caseline's one entry point for a fresh Debian 12 machine:
#   bash .ci/build.sh run    install what is missing, build, and open the app on the bundled sample
#   bash .ci/build.sh test  install what is missing, build, and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages, each for a reason given in README.md.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libsqlite3-dev sqlite3 libboost-date-time-dev
  fonts-dejavu-core xvfb xauth poppler-utils qt6-pdf-dev
)

install_missing() {
  bash .ci/install-missing.sh "${PACKAGES[@]}"
}

build() {
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
  run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display: starting the window under Xvfb (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/caseline --sample "${@:2}"
    fi
    exec ./build/app/caseline --sample "${@:2}"
    ;;
  test)
    install_missing
    build
    (cd build && ctest --output-on-failure --timeout 300 -j "$(nproc)")
    # The .deb: built from this build, installed with apt, checked, removed again (issue 8; about a minute).
    bash packaging/test-deb.sh build
    ;;
  *)
    echo "usage: bash .ci/build.sh run|test" >&2
    exit 1
    ;;
esac
