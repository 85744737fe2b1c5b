#!/usr/bin/env bash
# The installer tests' cleanup: purges the innodesk package if install_run_purge.sh installed it
# and could not remove it itself (it failed midway or was killed at its timeout). A package
# installed by someone else has no marker and is left alone.
#   purge_leftover.sh MARKER
set -euo pipefail
marker=$1
[ -e "$marker" ] || exit 0
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
echo "purge_leftover: purging the innodesk package a failed test run left installed"
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 innodesk
rm -f "$marker"
