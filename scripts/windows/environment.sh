# Sourced by the Windows build scripts: where the cross tools, the source cache and the dependency
# prefix are. Not a program of its own.

INNODESK_WINDOWS_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INNODESK_SOURCE_ROOT="$(cd "$INNODESK_WINDOWS_SCRIPTS/../.." && pwd)"
MINGW_TRIPLE=x86_64-w64-mingw32

# Outside the tree, so that a clean clone (CI's) finds what an earlier run built.
INNODESK_WINDOWS_CACHE="${INNODESK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/innodesk-windows}"

# The prefix's name is a digest of everything that decides its contents: the scripts that build it,
# the pinned sources, the cross toolchain's files and the compilers' versions. Change any of them
# and a new prefix is built beside the old one instead of mixing the two.
windows_prefix_key() {
  {
    cat "$INNODESK_WINDOWS_SCRIPTS/build-deps.sh" "$INNODESK_WINDOWS_SCRIPTS/environment.sh" \
        "$INNODESK_WINDOWS_SCRIPTS/sources.txt" "$INNODESK_WINDOWS_SCRIPTS/mingw64.cmake" \
        "$INNODESK_WINDOWS_SCRIPTS/mingw64-meson.ini"
    "$MINGW_TRIPLE-gcc-posix" --version
    "$MINGW_TRIPLE-g++-posix" --version
    dpkg-query -W -f='${Package} ${Version}\n' mingw-w64-x86-64-dev libz-mingw-w64-dev 2>/dev/null
  } | sha256sum | cut -c1-16
}

INNODESK_WINDOWS_PREFIX="${INNODESK_WINDOWS_PREFIX:-$INNODESK_WINDOWS_CACHE/prefix-$(windows_prefix_key)}"
export INNODESK_WINDOWS_PREFIX
