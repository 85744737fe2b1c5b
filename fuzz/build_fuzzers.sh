#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a sub-build of their own: only the libraries they
# link (domain, text, interchange, signing) are compiled, instrumented for coverage and with
# AddressSanitizer and UndefinedBehaviorSanitizer (vptr checks off, as in the debug preset).
#   build_fuzzers.sh SOURCE_DIR BUILD_DIR CLANG CLANGXX NAME...
set -euo pipefail
source_dir=${1:?source}; build_dir=${2:?build}; cc=${3:-}; cxx=${4:-}; shift 4
if [ -z "$cc" ] || [ -z "$cxx" ] || ! [ -x "$cxx" ]; then
  echo "build_fuzzers.sh: clang not found; install clang and libclang-rt-14-dev (scripts/install-deps.sh)" >&2
  exit 1
fi
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$source_dir" -B "$build_dir" -G Ninja -Wno-dev \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DINNODESK_BUILD_FUZZERS=ON -DINNODESK_BUILD_TESTS=OFF -DINNODESK_BUILD_BENCH=OFF \
  -DINNODESK_WARNINGS_AS_ERRORS=OFF >/dev/null
targets=()
for name in "$@"; do targets+=("fuzz_$name"); done
cmake --build "$build_dir" -j2 --target "${targets[@]}"
