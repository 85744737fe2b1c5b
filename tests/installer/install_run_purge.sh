#!/usr/bin/env bash
# The .deb as a department's technician installs it: `apt-get install ./innodesk_*.deb`, then
# innodesk-cli from /usr/bin makes a database with its first administrator in a fresh HOME, the
# desktop window from /usr/bin opens on it in Vietnamese under Xvfb, and `apt-get purge` leaves
# none of the package's files behind. Needs root or password-less sudo (exit 77, skipped, else).
#   install_run_purge.sh PACKAGES_DIR VERSION MARKER PLANS_SOURCE_DIR APP_ID
set -euo pipefail
packages=$1 version=$2 marker=$3 plans_source=$4 app_id=$5
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "install_run_purge: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif sudo -n true 2>/dev/null; then
  as_root() { sudo -n "$@"; }
else
  echo "install_run_purge: needs root or password-less sudo to install a package; skipped" >&2
  exit 77
fi
apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 "$@"; }
installed() { dpkg-query -W -f='${Status}' innodesk 2>/dev/null | grep -q 'ok installed'; }

# One run at a time on this machine, whichever build folder it comes from: they share /usr.
exec 9>>/tmp/innodesk-installer-test.lock
flock -w 900 9 || fail "another installer test has held /tmp/innodesk-installer-test.lock for 15 minutes"

cd "$packages"
debs=(innodesk_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no innodesk_${version}_*.deb in $packages"
if installed && [ ! -e "$marker" ]; then
  fail "innodesk is already installed on this machine and this test would remove it; purge it first (apt-get purge innodesk)"
fi

work=$(mktemp -d)
chmod 755 "$work"
# From here on whatever happens, the package goes: the trap, or purge_leftover.sh if killed.
touch "$marker"
cleanup() {
  if [ -e "$marker" ]; then apt_get purge innodesk >/dev/null 2>&1 || true; rm -f "$marker"; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== apt-get install ./${debs[0]}"
apt_get install --no-install-recommends "./${debs[0]}"
installed || fail "apt-get did not install innodesk"
dpkg -L innodesk | sort > "$work/package-paths"

echo "== installed files"
for file in /usr/bin/innodesk /usr/bin/innodesk-cli /usr/share/locale/vi/LC_MESSAGES/innodesk.mo \
            "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
            /usr/share/icons/hicolor/scalable/apps/innodesk.svg \
            /usr/share/man/man1/innodesk.1.gz /usr/share/man/man1/innodesk-cli.1.gz \
            /usr/share/man/vi/man1/innodesk.1.gz /usr/share/man/vi/man1/innodesk-cli.1.gz \
            /usr/share/doc/innodesk/copyright /usr/share/doc/innodesk/changelog.gz; do
  grep -qxF "$file" "$work/package-paths" && [ -f "$file" ] || fail "$file is not installed by the package"
done
# The machine administrator's pinned roots: the package's folder, root's alone.
grep -qxF /etc/innodesk/trust "$work/package-paths" || fail "/etc/innodesk/trust is not made by the package"
[ "$(stat -c '%U:%G %a' /etc/innodesk/trust)" = "root:root 755" ] ||
  fail "/etc/innodesk/trust is $(stat -c '%U:%G %a' /etc/innodesk/trust), not root:root 755"
grep -qxF /usr/share/innodesk/trust/README.md "$work/package-paths" || fail "the shipped trust README is not installed"
for size in 16 32 48 64 128 256; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/innodesk.png
  file "$icon" | grep -q "PNG image data, $size x $size," || fail "$icon is not a ${size}x${size} PNG: $(file "$icon")"
done
if [ -d "$plans_source" ]; then
  while IFS= read -r -d '' plan; do
    relative=${plan#"$plans_source"/}
    cmp -s "$plan" "/usr/share/innodesk/plans/$relative" || fail "the plan file $relative is not installed as it is in the source"
  done < <(find "$plans_source" -type f -print0)
fi

echo "== innodesk-cli --version"
cli_version=$(env PATH=/usr/bin:/bin innodesk-cli --version)
[ "$cli_version" = "innodesk-cli $version" ] || fail "innodesk-cli --version says '$cli_version', not 'innodesk-cli $version'"

echo "== innodesk-cli init in a new HOME"
home="$work/home"
mkdir -p "$home"
# As the ordinary user the test runs as (root in CI), in a clean environment: the defaults of a
# fresh account decide where the database goes.
password='Installer-test-2026'
run_as_user() {
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 INNODESK_PASSWORD="$password" "$@"
}
run_as_user innodesk-cli --lang en init --admin quantri --display-name "Phạm Quốc Huy"
db="$home/.local/share/innodesk/innodesk.db"
[ -f "$db" ] || fail "innodesk-cli init made no database at $db"
run_as_user innodesk-cli --lang en --user quantri user list | grep -q quantri ||
  fail "the administrator made by init cannot sign in and list users"

echo "== /usr/bin/innodesk under xvfb-run"
run_as_user DISPLAY= INNODESK_USER=quantri \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
  "$here/window_appears.sh" "InnoDesk — SQLite $db" "$work/innodesk.log" /usr/share/locale/vi/LC_MESSAGES/innodesk.mo \
  /usr/bin/innodesk --lang vi

echo "== apt-get purge innodesk"
apt_get purge innodesk
rm -f "$marker"
! installed || fail "innodesk is still installed after apt-get purge"
dpkg-query -W -f='${Status}' innodesk 2>/dev/null | grep -q 'config-files' && fail "innodesk's configuration files are still registered after purge"
# Every file of the package is gone; folders may stay only when they are shared with other
# packages (/usr/share/man, …); the package's own folders are gone too.
left=()
while IFS= read -r path; do
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    case "$path" in */innodesk|*/innodesk/*) left+=("$path");; esac
  elif [ -e "$path" ] || [ -L "$path" ]; then
    left+=("$path")
  fi
done < "$work/package-paths"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
for path in /usr/share/innodesk /usr/share/doc/innodesk /usr/bin/innodesk /usr/bin/innodesk-cli; do
  [ ! -e "$path" ] || fail "$path is still there after purge"
done
echo "install_run_purge: installed, ran both programs, purged; nothing of the package is left"
