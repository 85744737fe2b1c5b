#!/usr/bin/env bash
# Starts InnoDesk on the embedded SQLite database: the desktop window when there is a display
# (on the first run it offers to create the database, empty or with demo data), otherwise the
# command-line summary of scripts/demo.sh.
#   scripts/start.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
build=${1:-build/release}
gui="$build/gui/innodesk"
[ -x "$gui" ] || { echo "start: $gui not found; build first (see README)" >&2; exit 1; }
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$gui"
fi
echo "start: no display here (DISPLAY is not set); showing the command-line summary instead." >&2
exec "$(dirname "$0")/demo.sh" "$build"
