#!/usr/bin/env bash
# Makes the README's screenshots from the current build, so they stay current:
#   docs/screenshots/main-window.png     the window on the sample case, 1024x768
#   docs/screenshots/main-window@2x.png  the same at 2x scale (2048x1536)
#   docs/screenshots/chart.png           a chart: 287(g) and detainer-limit adoption from the real
#                                        lists in ../shared/data (the sample's stances without them)
#   docs/screenshots/pdf-page.png        the first page of the timeline exported to PDF
#   bash packaging/make-screenshots.sh [BUILD_DIR]     (default: build)
# The window runs under Xvfb (a real X server, no desktop needed), in a fresh settings folder so
# nothing from your own sessions shows. Look at the pictures before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
OUT=docs/screenshots
SHARED="${CASELINE_SHARED_DIR:-../shared}"

PACKAGES=(xvfb xauth poppler-utils fonts-dejavu-core qt6-qpa-plugins file)
bash .ci/install-missing.sh "${PACKAGES[@]}"

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" --target caseline
CASELINE="$(realpath "$BUILD_DIR/app/caseline")"

# A fixed folder: the window's status bar shows the case file's path.
WORK=/tmp/caseline-screenshots
rm -rf "$WORK" && mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_RUNTIME_DIR="$WORK/runtime"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$OUT" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM QT_SCALE_FACTOR

"$CASELINE" sample --out "$WORK/Sample case.caseline"

# The window on the sample, an event with a quoted source selected so the details show.
grab() {  # grab OUTPUT SCALE
  xvfb-run -a -s "-screen 0 2600x2000x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$2" \
    "$CASELINE" --grab "$1" --grab-select "backs up ICE" "$WORK/Sample case.caseline"
}
grab "$OUT/main-window.png" 1
grab "$OUT/main-window@2x.png" 2

# A chart from the real lists when they are here, else from the sample.
if [ -f "$SHARED/data/ice-287g/participating-agencies-2025-05-16.csv" ]; then
  # (their warnings about the lists' own quirks are expected; README, "Import formats")
  "$CASELINE" import "$WORK/study.caseline" "$SHARED/data/ice-287g/participating-agencies-2025-05-16.csv" >/dev/null 2>&1
  "$CASELINE" import "$WORK/study.caseline" "$SHARED/data/sanctuary/detainer-policies-2014-2015.csv" >/dev/null 2>&1
  "$CASELINE" chart "$WORK/study.caseline" --kind adoption --bin year --dpi 88 --out "$OUT/chart.png" >/dev/null
else
  "$CASELINE" chart "$WORK/Sample case.caseline" --kind by-stance --dpi 88 --out "$OUT/chart.png"
fi

# A PDF page: the sample's timeline as exported, page 1 at screen resolution.
"$CASELINE" render "$WORK/Sample case.caseline" --out "$WORK/timeline.pdf" >/dev/null
pdftoppm -png -f 1 -l 1 -scale-to 1024 -singlefile "$WORK/timeline.pdf" "$OUT/pdf-page"

for picture in "$OUT"/main-window.png "$OUT"/main-window@2x.png "$OUT"/chart.png "$OUT"/pdf-page.png; do
  echo "$picture: $(file -b "$picture" | cut -d, -f2 | xargs)"
done
