#!/usr/bin/env bash
# Run inside xvfb-run: starts PROGRAM and waits until its main window, found by TITLE among the X
# server's windows, is mapped and viewable; checks that the program read its messages from
# CATALOG on the way (watched with inotify), then closes it.
#   window_appears.sh TITLE LOG CATALOG PROGRAM [ARGUMENT...]
set -euo pipefail
title=$1 log=$2 catalog=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "window_appears: $*" >&2; [ -s "$log" ] && sed 's/^/  | /' "$log" >&2; exit 1; }

"$here/watch_open.py" "$catalog" 120 >"$log.catalog" 2>&1 &
watcher=$!
trap 'kill "$watcher" "${program:-}" 2>/dev/null || true' EXIT
for _ in $(seq 300); do grep -q '^watching' "$log.catalog" && break; sleep 0.1; done
grep -q '^watching' "$log.catalog" || fail "could not watch $catalog: $(cat "$log.catalog")"

"$@" >"$log" 2>&1 &
program=$!
window=
for _ in $(seq 600); do  # 60 s: start-up includes the scrypt password check (about a second)
  kill -0 "$program" 2>/dev/null || fail "$1 exited before its main window appeared"
  window=$(xwininfo -root -tree | grep -F "\"$title\"" | awk '{print $1}' | head -n 1 || true)
  if [ -n "$window" ] && xwininfo -id "$window" | grep -q 'Map State: IsViewable'; then break; fi
  window=
  sleep 0.1
done
[ -n "$window" ] || fail "no viewable window titled '$title' within 60 s; the X server has: $(xwininfo -root -tree | grep -o '"[^"]*"' | sort -u | tr '\n' ' ')"
echo "window_appears: $(xwininfo -id "$window" | grep -E 'xwininfo:|Width|Height' | tr -s ' ' | tr '\n' ' ')"
grep -q '^opened' "$log.catalog" || fail "$1 did not read its messages from $catalog"
echo "window_appears: $1 read its messages from $catalog"
