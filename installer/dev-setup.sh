#!/usr/bin/env bash
# Installs everything the terminal and its tests need into ./.venv on Debian 12
# (or any Debian/Ubuntu with Python 3.11+). Safe to run again: it only adds what
# is missing. Usage: bash installer/dev-setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

# System libraries: what Qt needs offscreen, a font with Cyrillic for PDFs and
# screens, the venv module on a bare Debian Python, PostgreSQL.
apt_packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
              libglib2.0-0 fonts-dejavu-core)
# ... and what its xcb plugin needs for a real window on an X display (the demo's window).
apt_packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
               libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0)
# The registry's production database, for the sync tests (they start the cluster themselves).
apt_packages+=(postgresql)
# The installers (installer/build.sh): PyInstaller's binutils, makensis for the Windows script,
# desktop-file-validate for the menu entry.
apt_packages+=(binutils nsis desktop-file-utils)
# A wrong wall clock for one command (the reliability tests' untrusted-clock cases).
apt_packages+=(faketime)
# Printed slips and receipts read back as text (pdftotext).
apt_packages+=(poppler-utils)
# A photo-like copy of a printed receipt (rotated, blurred) for the receipt-verify acceptance check.
apt_packages+=(imagemagick)
# A real window on a screen of its own: the screens' pictures (python -m terminal.ui.screenshots) and
# the ui-demo acceptance check.
apt_packages+=(xvfb)
# Spoken guidance: the developer's tool that records the instructions (python -m terminal.voice.render).
apt_packages+=(espeak-ng vorbis-tools)
"$PYTHON" -m venv --help >/dev/null 2>&1 || apt_packages+=(python3-venv)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade "pip>=24"
# The project with its own dependencies (dlib comes prebuilt from dlib-bin) ...
.venv/bin/python -m pip install -q -e ".[dev,build]"
# ... then face_recognition without its dependency on the source dlib package.
.venv/bin/python -m pip install -q --no-deps "face-recognition==1.3.0"
# The window's translations: Qt Linguist sources (resources/i18n/*.ts) compiled to .qm.
.venv/bin/python -m terminal.ui.i18n >/dev/null
.venv/bin/python -c "import face_recognition, terminal" \
  || { echo "the face stack did not install" >&2; exit 1; }
echo "ready: .venv/bin/hamyon"
