#!/usr/bin/env bash
# Rasterises assets/icon.svg into the PNG sizes the manifest references.
# Chromium headless is used because it is already a project dependency (Debian package
# "chromium"); the SVG is drawn on a 16-unit grid, so every size below is a whole multiple.
# Usage: assets/render-icons.sh   (re-run after editing icon.svg, then commit the PNGs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 32 64 80 128; do
  cat > "$work/page.html" <<HTML
<!doctype html><html><head><style>
html,body{margin:0;padding:0;background:transparent;overflow:hidden}
img{display:block;width:${size}px;height:${size}px}
</style></head><body><img src="file://$here/icon.svg"></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=1 --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$here/icon-$size.png" \
    "file://$work/page.html" >/dev/null 2>&1
  echo "icon-$size.png: $(file -b "$here/icon-$size.png")"
done
