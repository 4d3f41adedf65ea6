#!/usr/bin/env bash
# One command for the installers: the PyInstaller bundle (dist/hamyon), its size budget, the Debian
# package (dist/hamyon_<version>_<arch>.deb) and, where makensis is installed, a compile of the Windows
# installer script (installer/hamyon.nsi) against this bundle standing in for the Windows one (it
# checks the script; the .exe it writes here is not for use and is deleted). Uses the project's .venv
# (bash installer/dev-setup.sh installs PyInstaller, nsis and desktop-file-utils).
# Usage: bash installer/build.sh      DIST=dir and WORK=dir move the output (dist) and the work (build).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
dist=${DIST:-dist}
work=${WORK:-build}
"$python" -c "import PyInstaller" 2>/dev/null \
  || { echo "PyInstaller is not installed: .venv/bin/python -m pip install -e '.[build]'" >&2; exit 1; }

started=$(date +%s)
rm -rf "$dist/hamyon"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work/pyinstaller" \
  installer/hamyon.spec
"$python" installer/budget.py "$dist/hamyon"
PYTHON="$python" STAGE="$work/deb" bash installer/linux/build-deb.sh "$dist/hamyon" "$dist"
if command -v makensis >/dev/null; then
  "$python" installer/windows/compile.py "$dist/hamyon" "$work/nsis"
else
  echo "makensis is not installed (apt-get install nsis): the Windows installer script was not compiled"
fi
echo "built in $(( $(date +%s) - started )) s"
