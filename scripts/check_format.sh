#!/usr/bin/env bash
# Checks that every C++ source of the tree is formatted as the committed .clang-format says, with
# the clang-format of Debian 12 (version 14: another version formats some constructs differently,
# so it is refused rather than trusted). Prints the files that differ and how to fix them.
#   scripts/check_format.sh [SOURCE_DIR]
set -euo pipefail
root="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
readonly pinned_major=14

command -v clang-format >/dev/null || { echo "clang-format is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }
version="$(clang-format --version | sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p')"
if [ "$version" != "$pinned_major" ]; then
  echo "clang-format $pinned_major is needed (Debian 12's); this one is: $(clang-format --version)" >&2
  exit 1
fi

cd "$root"
if [ -d .git ] || [ -f .git ]; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sed 's|^\./||' | sort)
fi
[ "${#files[@]}" -gt 0 ] || { echo "No C++ sources found under $root" >&2; exit 1; }

# One clang-format for all files; each file that differs is named in its "-Wclang-format-violations" lines.
mapfile -t differ < <(printf '%s\0' "${files[@]}" | xargs -0 clang-format --style=file --dry-run --Werror 2>&1 |
                      sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*clang-format-violations.*/\1/p' | sort -u || true)
if [ "${#differ[@]}" -gt 0 ]; then
  printf '%s\n' "${differ[@]}"
  echo "${#differ[@]} of ${#files[@]} files differ from .clang-format; fix with: clang-format -i FILE…" >&2
  exit 1
fi
echo "${#files[@]} files formatted as .clang-format says" >&2
