#!/usr/bin/env bash
# Installs what InnoDesk needs to build, test and run on Debian 12, from Debian's packages only.
# Safe to run again: apt-get skips what is already installed. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config gettext
  # libraries
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev libssl-dev libicu-dev
  libzip-dev libpugixml-dev libxlsxwriter-dev nlohmann-json3-dev libfmt-dev libcli11-dev libspdlog-dev
  libwxgtk3.2-dev libp11-dev fonts-dejavu-core
  # tests: Catch2, a throwaway PostgreSQL server, SQLite shell, PKCS#11 soft token, X display
  catch2 postgresql sqlite3 openssl softhsm2 xvfb xauth imagemagick python3-openpyxl
)

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_if_needed apt-get update -q
# The postgresql package would start a default cluster on 5432 that nothing here uses: the
# tests start their own on a private port (tests/support/pg_cluster.sh). policy-rc.d keeps
# package scripts from starting services during the install.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | sudo_if_needed tee "$policy" >/dev/null
  sudo_if_needed chmod +x "$policy"
  trap 'sudo_if_needed rm -f "$policy"' EXIT
fi
DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -q --no-install-recommends "${missing[@]}"
