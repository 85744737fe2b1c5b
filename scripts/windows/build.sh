#!/usr/bin/env bash
# Builds InnoDesk for 64-bit Windows with Debian's MinGW-w64 cross compilers, against the dependency
# prefix of build-deps.sh (built first when missing), into build/windows.
#
#   scripts/windows/build.sh [TARGET...]   all targets, or only those named
#
# The programs are static .exe files (no DLL beside them but Windows' own).
set -euo pipefail
source "$(dirname "$0")/environment.sh"

"$INNODESK_WINDOWS_SCRIPTS/build-deps.sh" >/dev/null
BUILD="${INNODESK_WINDOWS_BUILD:-$INNODESK_SOURCE_ROOT/build/windows}"

cmake -S "$INNODESK_SOURCE_ROOT" -B "$BUILD" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$INNODESK_WINDOWS_SCRIPTS/mingw64.cmake" \
  -DINNODESK_WINDOWS_PREFIX="$INNODESK_WINDOWS_PREFIX" \
  -DCMAKE_BUILD_TYPE="${INNODESK_WINDOWS_BUILD_TYPE:-Release}" \
  -DINNODESK_WARNINGS_AS_ERRORS=ON \
  -DINNODESK_BUILD_BENCH=OFF
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$BUILD" -j "${INNODESK_JOBS:-$(nproc)}" "${targets[@]}"
