#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo as desktops and software centres read them: both
# valid, both in English and Vietnamese; the metainfo's releases and the changelog's latest entry
# name this version (dpkg and lintian read the package's version history from the changelog).
#   check_metadata.sh DESKTOP_FILE METAINFO_FILE CHANGELOG VERSION
set -euo pipefail
desktop=$1 metainfo=$2 changelog=$3 version=$4
fail() { echo "check_metadata: $*" >&2; exit 1; }
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
for key in 'Name\[vi\]' 'GenericName\[vi\]' 'Comment\[vi\]' 'Keywords\[vi\]'; do
  grep -q "^$key=" "$desktop" || fail "$desktop has no $key"
done
for tag in name summary p; do
  grep -q "<$tag xml:lang=\"vi\">" "$metainfo" || fail "$metainfo has no Vietnamese <$tag>"
done
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no <release> for version $version"
head -n 1 "$changelog" | grep -q "^innodesk ($version) " ||
  fail "the latest entry of $changelog is not for version $version: $(head -n 1 "$changelog")"
echo "check_metadata: desktop entry and metainfo are valid, in both languages, with release $version; changelog at $version"
