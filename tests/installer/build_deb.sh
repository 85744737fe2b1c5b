#!/usr/bin/env bash
# Builds the .deb from the build folder's CPack configuration into OUT, emptied first so that the
# tests after it find exactly this build's package.
#   build_deb.sh CPACK CPACK_CONFIG OUT VERSION
set -euo pipefail
cpack=$1 config=$2 out=$3 version=$4
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$config" -B "$out"
deb=("$out"/innodesk_"$version"_*.deb)
[ -f "${deb[0]}" ] || { echo "build_deb: cpack made no innodesk_${version}_*.deb in $out" >&2; exit 1; }
dpkg-deb --info "${deb[0]}"
