#!/usr/bin/env bash
# Renders genai-timeline.svg to the PNGs the app and the installers use. The PNGs are
# committed (Maven has no SVG rasteriser without a large extra plugin); run this after
# changing the SVG. Needs ImageMagick (Debian: imagemagick).
set -euo pipefail
cd "$(dirname "$0")"
out=../resources/org/genaitimeline/app/icon
mkdir -p "$out"
for s in 16 32 48 64 128 256; do
  convert -background none -density 384 genai-timeline.svg -resize ${s}x${s} -strip "PNG32:$out/genai-timeline-$s.png"
done
echo "make-pngs: wrote $out/genai-timeline-{16,32,48,64,128,256}.png"
# Windows installers and launchers take an .ico with the sizes inside.
convert $(for s in 16 32 48 64 128 256; do echo "$out/genai-timeline-$s.png"; done) ../../dist/windows/genai-timeline.ico
echo "make-pngs: wrote src/dist/windows/genai-timeline.ico"
