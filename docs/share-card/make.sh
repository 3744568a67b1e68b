#!/bin/sh
# Makes the picture shown when a page of the site is shared (og:image) from card.html, with Debian's headless
# Chromium: a 1200 x 630 PNG, the size social networks show large. Run from anywhere; commit the PNG it writes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../sitegen/templates/assets/share-card.png"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1200,630 --screenshot="$out" "file://$here/card.html"
echo "wrote $out"
