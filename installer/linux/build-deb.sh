#!/usr/bin/env bash
# Packs the one-folder bundle (dist/hamyon, from installer/hamyon.spec) into dist/hamyon_<version>_<arch>.deb:
#   /opt/hamyon/            the bundle (read-only; the terminal keeps its data in the user's data folder)
#   /usr/bin/hamyon         the launcher
#   /usr/share/applications/hamyon.desktop, /usr/share/icons/hicolor/*/apps/hamyon.{png,svg}
# Usage: bash installer/linux/build-deb.sh [BUNDLE] [OUT_DIR]   (run from anywhere; paths relative to the repo)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
bundle=${1:-dist/hamyon}
out=${2:-dist}
python=${PYTHON:-.venv/bin/python}
[ -x "$bundle/hamyon" ] || { echo "no bundle at $bundle (run pyinstaller installer/hamyon.spec)" >&2; exit 1; }

version=$("$python" -c 'import importlib.metadata as m; print(m.version("hamyon-terminal"))')
arch=$(dpkg --print-architecture)
stage=${STAGE:-build/deb}/hamyon_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/doc/hamyon" "$stage/usr/share/icons/hicolor/scalable/apps"

cp -a "$bundle" "$stage/opt/hamyon"
install -m 0755 "$here/hamyon-launcher.sh" "$stage/usr/bin/hamyon"
install -m 0644 "$here/hamyon.desktop" "$stage/usr/share/applications/hamyon.desktop"
install -m 0644 "$here/copyright" "$stage/usr/share/doc/hamyon/copyright"
install -m 0644 installer/icons/hamyon.svg "$stage/usr/share/icons/hicolor/scalable/apps/hamyon.svg"
icons=build/icons
[ -f "$icons/hamyon-256.png" ] || "$python" installer/icons.py "$icons" >/dev/null
for png in "$icons"/hamyon-*.png; do
  size=$(basename "$png" .png); size=${size#hamyon-}
  install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/hamyon.png"
done
# Files readable by all and written by none but root; programs and libraries executable.
chmod -R u+rwX,go+rX,go-w "$stage"

installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: hamyon
Version: $version
Architecture: $arch
Maintainer: Hamyon Terminal team <hamyon@localhost>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.31), libgl1, libegl1, libxcb1
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Homepage: https://localhost/hamyon
Description: offline terminal for in-kind state support (social wallet)
 Identifies citizens by webcam Face-ID against a local cache of face
 templates, records dispensed free medicines, served school meals and benefit
 applications in an encrypted local store, and syncs its queue of confirmed
 acts with the central registry whenever the network returns.
 .
 The program is a self-contained bundle in /opt/hamyon; each user's terminal
 data lives in their data folder (HAMYON_HOME, else ~/.local/share/hamyon).
CONTROL

mkdir -p "$out"
# zstd (dpkg 1.21.18+, Debian 12, Ubuntu 21.10+): seconds to pack, about 270 MB; DEB_COMPRESSION=xz makes
# a package about a fifth smaller that older dpkg reads too, in minutes.
deb="$out/hamyon_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" "$stage" "$deb" >/dev/null
echo "$deb"
