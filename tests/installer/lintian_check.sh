#!/usr/bin/env bash
# Runs lintian on the built .deb: every tag is printed (warnings and infos are reported in
# installer/README.md), and the test fails on any error.
#   lintian_check.sh PACKAGES_DIR VERSION
set -euo pipefail
dir=$1 version=$2
deb=("$dir"/innodesk_"$version"_*.deb)
[ -f "${deb[0]}" ] || { echo "lintian_check: no innodesk_${version}_*.deb in $dir" >&2; exit 1; }
command -v lintian >/dev/null || { echo "lintian_check: lintian is not installed (scripts/install-deps.sh)" >&2; exit 1; }
lintian --fail-on error --display-info --tag-display-limit 0 "${deb[0]}"
echo "lintian_check: no errors in $(basename "${deb[0]}")"
