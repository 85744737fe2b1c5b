#!/usr/bin/env bash
# Regenerates docs/screenshots/: the main screens of the desktop window in Vietnamese and English,
# on a fresh demo database, under a private X server (Xvfb). Needs xvfb, imagemagick and xdotool
# (see scripts/install-deps.sh).
#   scripts/screenshots.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
build=${1:-build/release}
gui="$build/gui/innodesk"
cli="$build/cli/innodesk-cli"
[ -x "$gui" ] && [ -x "$cli" ] || { echo "screenshots: build first (see README)" >&2; exit 1; }
out="$(cd "$(dirname "$0")/.." && pwd)/docs/screenshots"
mkdir -p "$out"

work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config"  # no remembered window layout
mkdir -p "$HOME"
"$cli" --db "$work/demo.db" generate --enterprises 400 --seed 2026 >/dev/null 2>&1

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
export DISPLAY="$display"
sleep 1

shoot() {  # page language user password [name suffix]
  local page=$1 lang=$2 name=$1${5:+-$5}
  INNODESK_USER=$3 INNODESK_PASSWORD=$4 "$gui" --db "$work/demo.db" --lang "$lang" --page "$page" &
  local pid=$!
  sleep 2
  # The pointer starts in the middle of the screen, where it would hover a control and show its
  # tooltip in the picture: park it in a corner. (Not before the program connects: with no
  # client left, Xvfb resets and puts the pointer back.)
  xdotool mousemove 1279 799
  sleep "${SCREENSHOT_WAIT:-6}"
  import -window root "$out/$name-$lang.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "screenshots: $out/$name-$lang.png"
}

for lang in vi en; do
  shoot dashboard "$lang" canbo.an CanBo-demo-2026
  shoot enterprises "$lang" canbo.an CanBo-demo-2026
  shoot applications "$lang" canbo.an CanBo-demo-2026
  shoot tasks "$lang" canbo.an CanBo-demo-2026
  shoot reviews "$lang" canbo.an CanBo-demo-2026
  shoot decisions "$lang" lanhdao.binh LanhDao-demo-2026
  shoot decisions "$lang" vanthu.dung VanThu-demo-2026 clerk
  shoot vouchers "$lang" canbo.an CanBo-demo-2026
  shoot ip_filings "$lang" canbo.an CanBo-demo-2026
  shoot training "$lang" canbo.an CanBo-demo-2026
  shoot reports "$lang" canbo.an CanBo-demo-2026
  shoot audit "$lang" quantri HeThong-demo-2026
  shoot settings "$lang" quantri HeThong-demo-2026
done
