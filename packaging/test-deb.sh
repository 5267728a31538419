#!/usr/bin/env bash
# Builds Caseline's .deb, installs it with apt as a user would, and checks the installed program:
# the command line, the window (off-screen), the MIME type of .caseline files and the desktop
# entry that opens them, and the validators for the desktop entry and the AppStream metainfo.
#   bash packaging/test-deb.sh [BUILD_DIR] [--keep]
# BUILD_DIR defaults to build-deb (configured here without tests); .ci/build.sh passes its own
# build folder. The package is removed again at the end unless --keep is given.
# Needs root or sudo (apt-get). Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=build-deb
KEEP=0
for argument in "$@"; do
  case "$argument" in
    --keep) KEEP=1 ;;
    -*) echo "usage: bash packaging/test-deb.sh [BUILD_DIR] [--keep]" >&2; exit 1 ;;
    *) BUILD_DIR="$argument" ;;
  esac
done

APT=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)
[ "$(id -u)" -eq 0 ] || APT=(sudo "${APT[@]}")

# What the checks use: dpkg-shlibdeps (dpkg-dev) for the package's Depends, the freedesktop.org
# tools, and mimetype (libfile-mimeinfo-perl), which xdg-mime uses outside a desktop session.
TOOLS=(dpkg-dev xdg-utils libfile-mimeinfo-perl desktop-file-utils appstream shared-mime-info file)
missing=()
for p in "${TOOLS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing the checks' tools: ${missing[*]}"
  "${APT[@]}" update
  "${APT[@]}" install -y --no-install-recommends "${missing[@]}"
fi

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
check() {  # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

echo "== Building the package in $BUILD_DIR"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
fi
# Only what the package holds (cpack itself builds nothing).
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target caseline caseline_icons
rm -f "$BUILD_DIR"/caseline_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
DEB=$(ls "$BUILD_DIR"/caseline_*.deb)
DEB=$(realpath "$DEB")
echo "$DEB"
dpkg-deb --field "$DEB" Package Version Architecture Section Maintainer Depends Recommends

echo "== Package metadata"
depends=$(dpkg-deb --field "$DEB" Depends)
for dependency in libqt6widgets6 libqt6charts6 libqt6svg6 libsqlite3-0 libc6 qt6-qpa-plugins fonts-dejavu-core; do
  check "Depends names $dependency" grep -q "$dependency" <<<"$depends"
done
check "Section is set" test -n "$(dpkg-deb --field "$DEB" Section)"
check "Maintainer is set" test -n "$(dpkg-deb --field "$DEB" Maintainer)"
check "Description has a long part" test "$(dpkg-deb --field "$DEB" Description | wc -l)" -gt 3

echo "== Installing with apt-get"
if ! "${APT[@]}" install -y --reinstall "$DEB"; then
  "${APT[@]}" update
  "${APT[@]}" install -y --reinstall "$DEB"
fi

echo "== The installed program"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
CASELINE=/usr/bin/caseline
check "caseline is /usr/bin/caseline" test -x "$CASELINE"
version=$("$CASELINE" --version 2>&1 || true)
if grep -q "^Caseline $(dpkg-deb --field "$DEB" Version)" <<<"$version"; then pass "caseline --version: $version"; else fail "caseline --version: $version"; fi
check "caseline sample --out x.caseline" "$CASELINE" sample --out "$WORK/x.caseline"
check "caseline check x.caseline" "$CASELINE" check "$WORK/x.caseline"
check "caseline render x.caseline --out timeline.png" "$CASELINE" render "$WORK/x.caseline" --out "$WORK/timeline.png"
check "caseline chart x.caseline --out chart.pdf" "$CASELINE" chart "$WORK/x.caseline" --kind by-stance --out "$WORK/chart.pdf"

# The window, off-screen: it opens the file, draws itself and saves a picture (then quits) ...
if QT_QPA_PLATFORM=offscreen timeout 60 "$CASELINE" --grab "$WORK/window.png" "$WORK/x.caseline" >/dev/null 2>&1 \
   && file "$WORK/window.png" | grep -q "1024 x 768"; then
  pass "the window opens and draws (--grab: 1024x768 picture)"
else
  fail "the window opens and draws (--grab)"
fi
# ... and started the way the desktop starts it (the Exec line, %f = the file), it stays up.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/org.caseline.Caseline.desktop)
read -r -a command <<<"${exec_line//%f/$WORK/x.caseline}"
set +e
QT_QPA_PLATFORM=offscreen timeout 5 "${command[@]}" >/dev/null 2>&1
status=$?
set -e
if [ "$status" -eq 124 ]; then pass "started from the desktop entry ($exec_line), still running after 5 s"; else fail "desktop entry start exited with $status"; fi

echo "== Desktop integration"
check "desktop-file-validate" desktop-file-validate /usr/share/applications/org.caseline.Caseline.desktop
check "appstreamcli validate" appstreamcli validate --no-net /usr/share/metainfo/org.caseline.Caseline.metainfo.xml
check "MIME type registered (update-mime-database ran)" test -f /usr/share/mime/application/x-caseline.xml
filetype=$(xdg-mime query filetype "$WORK/x.caseline" 2>/dev/null || true)
if [ "$filetype" = "application/x-caseline" ]; then pass "xdg-mime query filetype x.caseline: $filetype"; else fail "xdg-mime query filetype x.caseline: '$filetype'"; fi
# A case file renamed without its extension is still recognised, by its SQLite application_id.
cp "$WORK/x.caseline" "$WORK/renamed.db"
magic=$(mimetype --brief --magic-only "$WORK/renamed.db" 2>/dev/null || true)
if [ "$magic" = "application/x-caseline" ]; then pass "recognised by content alone: $magic"; else fail "recognised by content alone: '$magic'"; fi
default=$(xdg-mime query default application/x-caseline 2>/dev/null || true)
if [ "$default" = "org.caseline.Caseline.desktop" ]; then pass "xdg-mime query default application/x-caseline: $default"; else fail "xdg-mime query default: '$default'"; fi
for size in 16 22 24 32 48 64 128 256 512; do
  check "icon ${size}x${size}" test -f "/usr/share/icons/hicolor/${size}x${size}/apps/org.caseline.Caseline.png"
done
check "scalable icon" test -f /usr/share/icons/hicolor/scalable/apps/org.caseline.Caseline.svg
check "copyright file" test -f /usr/share/doc/caseline/copyright

if [ "$KEEP" -eq 0 ]; then
  echo "== Removing the package again (--keep keeps it)"
  "${APT[@]}" remove -y caseline >/dev/null
fi

if [ "$failures" -gt 0 ]; then
  echo "test-deb: $failures check(s) failed"
  exit 1
fi
echo "test-deb: all checks passed ($(basename "$DEB"))"
