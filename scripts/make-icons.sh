#!/usr/bin/env bash
# Regenerates the installer icons from resources/src/main/icons/gantry.svg:
#   gantry.png (256 px, Linux), gantry.ico (16-256 px, Windows), gantry.icns (16-512 px, macOS).
# The results are committed, so builds on Windows and macOS do not need these tools.
# Needs ImageMagick and rsvg-convert (Debian: imagemagick librsvg2-bin) and png2icns (Debian: icnsutils).
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/resources/src/main/icons"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  # rsvg-convert renders gradients that ImageMagick's own SVG reader drops
  rsvg-convert -w "$size" -h "$size" -o "$work/gantry-$size.png" "$dir/gantry.svg"
done
cp "$work/gantry-256.png" "$dir/gantry.png"
convert "$work"/gantry-{16,24,32,48,64,128,256}.png "$dir/gantry.ico"
png2icns "$dir/gantry.icns" "$work"/gantry-{16,32,48,128,256,512}.png >/dev/null
ls -l "$dir"
