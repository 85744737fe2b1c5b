#!/usr/bin/env bash
# Installs what InnoDesk needs to build, test and run on Debian 12, from Debian's packages only.
# Safe to run again: apt-get skips what is already installed. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config gettext
  # libraries
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev libssl-dev libicu-dev
  libzip-dev libexpat1-dev libpugixml-dev libxlsxwriter-dev nlohmann-json3-dev libfmt-dev libcli11-dev libspdlog-dev libyaml-cpp-dev
  libwxgtk3.2-dev libp11-dev fonts-dejavu-core libpango1.0-dev libcairo2-dev
  # signed PDF documents (PAdES): PoDoFo writes the PDF structure, OpenSSL the CMS
  libpodofo-dev
  # podofosign: PoDoFo's own signing tool, which the PDF verification tests sign with
  libpodofo-utils
  # the vi_VN.UTF-8 locale: the window's date pickers show dd/mm/yyyy from its LC_TIME, and GTK's
  # own dialogs read their Vietnamese from LC_MESSAGES (see below); GTK's Vietnamese catalog
  # (gtk30.mo) is in libgtk-3-common. wxWidgets' strings: Debian's wx3.2-i18n has no Vietnamese,
  # so InnoDesk ships its own (gui/po/innodesk-wx.vi.po)
  locales libgtk-3-common
  # tests: Catch2, a throwaway PostgreSQL server, SQLite shell, PKCS#11 soft token, X display; python-docx
  # and LibreOffice Writer (headless, about 88 MB to download) read back and convert the DOCX reports
  catch2 postgresql sqlite3 openssl softhsm2 xvfb xauth imagemagick python3-openpyxl python3-docx libreoffice-writer-nogui poppler-utils
  # signed PDFs checked by tools InnoDesk did not write: poppler's pdfsig with the test CA in an NSS
  # database (certutil), pikepdf and pypdf reading the attachments, qpdf checking the structure
  libnss3-tools python3-pikepdf python3-pypdf qpdf
  # fuzzing: libFuzzer comes with clang (fuzz/)
  clang libclang-rt-14-dev
  # the format check (scripts/check_format.sh): Debian 12's clang-format, version 14
  clang-format
  # packages: icon rendering, DEB (dpkg-shlibdeps needs dpkg-dev and file) and RPM builds, their checks;
  # x11-utils' xwininfo finds the installed program's window
  librsvg2-bin dpkg-dev file rpm lintian appstream desktop-file-utils x11-utils
  # screenshots: xdotool moves the pointer off the window, so no tooltip covers a screen
  xdotool
)

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --windows: also what the Windows cross build needs (scripts/windows/): the MinGW-w64 compilers
# (posix thread model), Wine to run the tests, NSIS for the installer, the build tools of the
# libraries built from Debian's source packages (meson; autotools, as Debian regenerates them;
# tclsh, which makes SQLite's amalgamation; dpkg-source), and apt's deb-src entries to fetch them.
windows=false
if [ "${1:-}" = --windows ]; then windows=true; fi
if $windows; then
  packages+=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
             mingw-w64-tools libz-mingw-w64-dev wine64 nsis meson autoconf automake libtool autopoint tcl curl
             dpkg-dev python3)
  enable_source_packages() {
    local list=/etc/apt/sources.list.d/debian.sources
    if [ -f "$list" ] && grep -q '^Types: deb$' "$list"; then
      sudo_if_needed sed -i 's/^Types: deb$/Types: deb deb-src/' "$list"
      sudo_if_needed apt-get update -q
    elif [ -f /etc/apt/sources.list ] && ! grep -q '^deb-src ' /etc/apt/sources.list; then
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | sudo_if_needed tee /etc/apt/sources.list.d/innodesk-deb-src.list >/dev/null
      sudo_if_needed apt-get update -q
    fi
  }
  enable_source_packages
fi

# Dates show as dd/mm/yyyy: the desktop's date pickers take their format from the C library's
# LC_TIME, and only a Vietnamese (or British) locale writes the day first. GTK's file chooser and
# message boxes follow LC_MESSAGES. Officers' machines have vi_VN.UTF-8; a bare Debian has only
# C.UTF-8, so generate it. (Without it the window still speaks Vietnamese: gui/ui_language.cpp
# falls back to C.UTF-8 with $LANGUAGE=vi.)
generate_vietnamese_locale() {
  locale -a 2>/dev/null | grep -qi '^vi_VN\.utf-\?8$' && return 0
  sudo_if_needed sed -i 's/^# *\(vi_VN\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen || echo 'vi_VN.UTF-8 UTF-8' | sudo_if_needed tee -a /etc/locale.gen >/dev/null
  sudo_if_needed locale-gen >/dev/null
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  generate_vietnamese_locale
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
generate_vietnamese_locale
