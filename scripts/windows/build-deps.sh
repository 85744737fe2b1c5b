#!/usr/bin/env bash
# Builds InnoDesk's third-party libraries for 64-bit Windows, each from its Debian 12 source package
# (pinned in sources.txt), with Debian's MinGW-w64 cross compilers, into a prefix outside the tree:
# $INNODESK_WINDOWS_CACHE/prefix-<digest> (see environment.sh). A prefix that is complete is reused
# as it is; one that is not (a run that failed or was stopped) is built again from the start.
#
#   scripts/windows/build-deps.sh          build the prefix if needed, print its path
#   scripts/windows/build-deps.sh --path   print the prefix's path only
#
# Every library is static. zlib is Debian's own MinGW build (libz-mingw-w64-dev).
set -euo pipefail
source "$(dirname "$0")/environment.sh"

if [ "${1:-}" = --path ]; then echo "$INNODESK_WINDOWS_PREFIX"; exit 0; fi

PREFIX="$INNODESK_WINDOWS_PREFIX"
SOURCES="$INNODESK_WINDOWS_CACHE/sources"
WORK="$INNODESK_WINDOWS_CACHE/work-$(basename "$PREFIX")"
NATIVE="$WORK/native"
JOBS="${INNODESK_JOBS:-$(nproc)}"
COMPLETE="$PREFIX/.complete"

if [ -f "$COMPLETE" ]; then echo "$PREFIX"; exit 0; fi

export CC="$MINGW_TRIPLE-gcc-posix" CXX="$MINGW_TRIPLE-g++-posix"
export AR="$MINGW_TRIPLE-ar" RANLIB="$MINGW_TRIPLE-ranlib" WINDRES="$MINGW_TRIPLE-windres" RC="$MINGW_TRIPLE-windres"
export PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig:$PREFIX/share/pkgconfig" PKG_CONFIG_PATH="" PKG_CONFIG_SYSROOT_DIR=""
export CFLAGS="-O2" CXXFLAGS="-O2" CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib"

log() { printf 'build-deps: %s\n' "$*" >&2; }
fail() { log "$*"; exit 1; }

# --- sources ------------------------------------------------------------------------------------

# The pinned files of one package: "file sha256" lines.
pinned_files() { awk -v p="$1" '$1 == p { print $3, $4 }' "$INNODESK_WINDOWS_SCRIPTS/sources.txt"; }
pinned_version() { awk -v p="$1" '$1 == p { print $2; exit }' "$INNODESK_WINDOWS_SCRIPTS/sources.txt"; }

# Downloads the pinned files of a package that are not in the cache yet, from the addresses apt
# gives for its deb-src entries, and checks every file's SHA-256 against the pin.
fetch_package() {
  local package="$1" version file digest uris uri
  version="$(pinned_version "$package")"
  [ -n "$version" ] || fail "$package is not pinned in sources.txt"
  mkdir -p "$SOURCES"
  uris=""
  while read -r file digest; do
    if [ ! -f "$SOURCES/$file" ]; then
      if [ -z "$uris" ]; then
        uris="$(cd "$SOURCES" && apt-get source --print-uris --only-source "$package=$version" 2>/dev/null)" ||
          fail "apt knows no source package $package $version: are deb-src entries enabled? (scripts/install-deps.sh --windows enables them)"
      fi
      uri="$(awk -v f="$file" '$2 == f { gsub("\047", "", $1); print $1 }' <<<"$uris")"
      [ -n "$uri" ] || fail "apt lists no file $file for $package $version"
      log "downloading $file"
      curl -fsSL --retry 3 -o "$SOURCES/$file.part" "$uri" || fail "cannot download $file"
      mv "$SOURCES/$file.part" "$SOURCES/$file"
    fi
    echo "$digest  $SOURCES/$file" | sha256sum --check --quiet - ||
      fail "$file does not have the pinned SHA-256; delete it from $SOURCES to download it again"
  done < <(pinned_files "$package")
}

# Unpacks a package into $WORK/<package> and prints that folder: with Debian's patches applied where
# the pin includes the .dsc, the upstream tarball alone otherwise.
unpack_package() {
  local package="$1" version dsc orig target="$WORK/$1"
  fetch_package "$package"
  version="$(pinned_version "$package")"
  rm -rf "$target"
  dsc="$(pinned_files "$package" | awk '$1 ~ /\.dsc$/ { print $1 }')"
  if [ -n "$dsc" ]; then
    dpkg-source --no-check -x "$SOURCES/$dsc" "$target" >/dev/null || fail "dpkg-source cannot unpack $dsc"
  else
    orig="$(pinned_files "$package" | awk '$1 ~ /\.orig\.tar\./ { print $1; exit }')"
    mkdir -p "$target"
    tar -xf "$SOURCES/$orig" -C "$target" --strip-components=1
  fi
  echo "$target"
}

# --- build helpers ------------------------------------------------------------------------------

cmake_install() {
  local source="$1"; shift
  cmake -S "$source" -B "$source/build-windows" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$INNODESK_WINDOWS_SCRIPTS/mingw64.cmake" -DINNODESK_WINDOWS_PREFIX="$PREFIX" \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF "$@" >"$source/cmake.log" 2>&1 || fail "cmake configure failed: $source/cmake.log"
  cmake --build "$source/build-windows" -j "$JOBS" >>"$source/cmake.log" 2>&1 || fail "build failed: $source/cmake.log"
  cmake --install "$source/build-windows" >>"$source/cmake.log" 2>&1 || fail "install failed: $source/cmake.log"
}

autotools_install() {
  local source="$1"; shift
  # Debian's patches may change configure.ac or a Makefile.am; regenerate the build files, as
  # Debian's own build does (dh_autoreconf), rather than let make half-regenerate them.
  if [ -d "$source/debian/patches" ]; then
    (cd "$source" && autoreconf -fi) >"$source/autoreconf.log" 2>&1 || fail "autoreconf failed: $source/autoreconf.log"
  fi
  (cd "$source" && ./configure --host="$MINGW_TRIPLE" --prefix="$PREFIX" --enable-static --disable-shared "$@") \
    >"$source/configure.log" 2>&1 || fail "configure failed: $source/configure.log"
  make -C "$source" -j "$JOBS" >"$source/make.log" 2>&1 || fail "build failed: $source/make.log"
  make -C "$source" install >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
}

meson_install() {
  local source="$1"; shift
  printf "[properties]\npkg_config_libdir = ['%s/lib/pkgconfig', '%s/share/pkgconfig']\n" "$PREFIX" "$PREFIX" \
    >"$WORK/meson-prefix.ini"
  meson setup "$source/build-windows" "$source" --cross-file "$INNODESK_WINDOWS_SCRIPTS/mingw64-meson.ini" \
    --cross-file "$WORK/meson-prefix.ini" --prefix "$PREFIX" --libdir lib --buildtype release \
    --default-library static --wrap-mode nofallback "$@" >"$source/meson.log" 2>&1 ||
    fail "meson setup failed: $source/meson.log"
  ninja -C "$source/build-windows" -j "$JOBS" install >>"$source/meson.log" 2>&1 || fail "build failed: $source/meson.log"
}

# --- the libraries, in dependency order ---------------------------------------------------------

build_openssl() {
  local source; source="$(unpack_package openssl)"
  # mingw64: OpenSSL's own Windows target. Only the libraries are built and installed.
  (cd "$source" && ./Configure mingw64 no-shared no-tests --prefix="$PREFIX" --libdir=lib \
      --openssldir="$PREFIX/ssl" --cross-compile-prefix="" CC="$CC" AR="$AR" RANLIB="$RANLIB" RC="$WINDRES") \
    >"$source/configure.log" 2>&1 || fail "configure failed: $source/configure.log"
  make -C "$source" -j "$JOBS" build_libs >"$source/make.log" 2>&1 || fail "build failed: $source/make.log"
  make -C "$source" install_dev >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
}

build_sqlite() {
  local source; source="$(unpack_package sqlite3)"
  # Debian's source is SQLite's full tree, whose build runs its own generators: make the
  # amalgamation (sqlite3.c) with the build machine's compiler and tclsh, then compile that alone.
  mkdir -p "$NATIVE/sqlite3"
  (cd "$NATIVE/sqlite3" && CC=gcc CFLAGS=-O2 CPPFLAGS= LDFLAGS= "$source/configure" --disable-tcl &&
     make sqlite3.c) >"$source/native.log" 2>&1 || fail "amalgamation failed: $source/native.log"
  # FTS5: the enterprise search index (persistence/migrations.cpp).
  "$CC" -O2 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_SECURE_DELETE -DSQLITE_THREADSAFE=1 \
    -c "$NATIVE/sqlite3/sqlite3.c" -o "$NATIVE/sqlite3/sqlite3.o" 2>"$source/make.log" ||
    fail "build failed: $source/make.log"
  "$AR" rcs "$PREFIX/lib/libsqlite3.a" "$NATIVE/sqlite3/sqlite3.o"
  cp "$NATIVE/sqlite3/sqlite3.h" "$source/src/sqlite3ext.h" "$PREFIX/include/"
  mkdir -p "$PREFIX/lib/pkgconfig"
  printf 'prefix=%s\nName: SQLite\nDescription: SQL database engine\nVersion: %s\nLibs: -L${prefix}/lib -lsqlite3\nCflags: -I${prefix}/include\n' \
    "$PREFIX" "$(pinned_version sqlite3 | cut -d- -f1)" >"$PREFIX/lib/pkgconfig/sqlite3.pc"
}

build_libpq() {
  local source; source="$(unpack_package postgresql-15)"
  # Only the client library: libpq needs src/port and src/common, built first, and the headers.
  # The static OpenSSL needs the Windows libraries its .pc file names privately.
  (cd "$source" && LIBS="$(pkg-config --libs --static libcrypto)" ./configure --host="$MINGW_TRIPLE" \
      --prefix="$PREFIX" --without-readline --without-zlib --without-icu --with-openssl --without-gssapi) \
      >"$source/configure.log" 2>&1 ||
    fail "configure failed: $source/configure.log"
  local part
  for part in src/port src/common src/interfaces/libpq; do
    make -C "$source/$part" -j "$JOBS" >>"$source/make.log" 2>&1 || fail "build of $part failed: $source/make.log"
  done
  make -C "$source/src/include" install >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
  make -C "$source/src/interfaces/libpq" install >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
  # On Windows PostgreSQL builds libpq only as a DLL (its libpq.a is the import library): make the
  # static archive from the same objects (less the DLL's version resource), with the two helper
  # libraries the DLL is linked with.
  rm -f "$PREFIX/lib/libpq.a" "$PREFIX/lib/libpq.dll" "$PREFIX/bin/libpq.dll"
  (cd "$source/src/interfaces/libpq" && "$AR" rcs "$PREFIX/lib/libpq.a" $(ls ./*.o | grep -v win32ver.o)) ||
    fail "cannot make the static libpq"
  cp "$source/src/common/libpgcommon_shlib.a" "$PREFIX/lib/libpgcommon.a"
  cp "$source/src/port/libpgport_shlib.a" "$PREFIX/lib/libpgport.a"
}

build_soci() {
  local source; source="$(unpack_package soci)"
  # SOCI_CXX11, as Debian builds it: InnoDesk's code uses SOCI's C++11 interface.
  cmake_install "$source" -DSOCI_SHARED=OFF -DSOCI_STATIC=ON -DSOCI_TESTS=OFF -DWITH_BOOST=OFF -DSOCI_CXX11=ON \
    -DWITH_SQLITE3=ON -DWITH_POSTGRESQL=ON -DWITH_MYSQL=OFF -DWITH_ODBC=OFF -DWITH_ORACLE=OFF \
    -DWITH_FIREBIRD=OFF -DWITH_DB2=OFF -DSOCI_EMPTY=OFF \
    -DPOSTGRESQL_INCLUDE_DIR="$PREFIX/include" -DPOSTGRESQL_LIBRARY="$PREFIX/lib/libpq.a" \
    -DSQLITE3_INCLUDE_DIR="$PREFIX/include" -DSQLITE3_LIBRARY="$PREFIX/lib/libsqlite3.a"
}

build_icu() {
  local source; source="$(unpack_package icu)"
  # ICU's cross build needs its own tools and data built for the build machine first.
  mkdir -p "$NATIVE/icu"
  (cd "$NATIVE/icu" && CC=gcc CXX=g++ CFLAGS=-O2 CXXFLAGS=-O2 CPPFLAGS= LDFLAGS= "$source/source/configure" \
      --disable-tests --disable-samples --disable-extras) >"$source/native-configure.log" 2>&1 ||
    fail "native configure failed: $source/native-configure.log"
  make -C "$NATIVE/icu" -j "$JOBS" >"$source/native-make.log" 2>&1 || fail "native build failed: $source/native-make.log"
  mkdir -p "$source/build-windows"
  (cd "$source/build-windows" && "$source/source/configure" --host="$MINGW_TRIPLE" --prefix="$PREFIX" \
      --with-cross-build="$NATIVE/icu" --enable-static --disable-shared --disable-tests --disable-samples \
      --disable-extras --disable-tools --with-data-packaging=static) >"$source/configure.log" 2>&1 ||
    fail "configure failed: $source/configure.log"
  make -C "$source/build-windows" -j "$JOBS" >"$source/make.log" 2>&1 || fail "build failed: $source/make.log"
  make -C "$source/build-windows" install >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
}

build_fmt() {
  local source; source="$(unpack_package fmtlib)"
  cmake_install "$source" -DFMT_TEST=OFF -DFMT_DOC=OFF
}

build_yaml_cpp() {
  local source; source="$(unpack_package yaml-cpp)"
  cmake_install "$source" -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF \
    -DYAML_BUILD_SHARED_LIBS=OFF
}

build_expat() {
  local source; source="$(unpack_package expat)"
  # Debian's security patches test "#if XML_DTD == 1", as its autotools build defines it; expat's
  # CMake template defines it empty (Debian's tarball has no generated configure to use instead).
  sed -i 's/^#cmakedefine XML_DTD$/#cmakedefine XML_DTD 1/' "$source/expat/expat_config.h.cmake"
  cmake_install "$source/expat" -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
    -DEXPAT_BUILD_DOCS=OFF -DEXPAT_SHARED_LIBS=OFF
}

build_pugixml() {
  local source; source="$(unpack_package pugixml)"
  cmake_install "$source" -DPUGIXML_BUILD_TESTS=OFF
}

build_libzip() {
  local source; source="$(unpack_package libzip)"
  cmake_install "$source" -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF -DENABLE_OPENSSL=OFF \
    -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_COMMONCRYPTO=OFF -DENABLE_WINDOWS_CRYPTO=OFF \
    -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF
}

build_libxlsxwriter() {
  local source; source="$(unpack_package libxlsxwriter)"
  cmake_install "$source" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF
}

build_libpng() {
  local source; source="$(unpack_package libpng1.6)"
  cmake_install "$source" -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF
}

build_freetype() {
  local source; source="$(unpack_package freetype)"
  cmake_install "$source" -DFT_REQUIRE_ZLIB=ON -DFT_REQUIRE_PNG=ON -DFT_DISABLE_BZIP2=ON \
    -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
}

# Debian's PoDoFo tarball converts between UTF-8 and UTF-16 with libunistring.
build_libunistring() {
  local source; source="$(unpack_package libunistring)"
  autotools_install "$source" --disable-threads
}

build_podofo() {
  local source; source="$(unpack_package libpodofo)"
  cmake_install "$source" -DPODOFO_BUILD_STATIC=ON -DPODOFO_BUILD_SHARED=OFF -DPODOFO_BUILD_LIB_ONLY=ON \
    -DWANT_FONTCONFIG=OFF -DWANT_BOOST=OFF -DCMAKE_DISABLE_FIND_PACKAGE_LIBIDN=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_JPEG=ON -DCMAKE_DISABLE_FIND_PACKAGE_TIFF=ON -DCMAKE_DISABLE_FIND_PACKAGE_LUA=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_CppUnit=ON -DFREETYPE_INCLUDE_DIR="$PREFIX/include/freetype2" \
    -DFREETYPE_LIBRARY="$PREFIX/lib/libfreetype.a" -DUNISTRING_INCLUDE_DIR="$PREFIX/include" \
    -DUNISTRING_LIBRARY="$PREFIX/lib/libunistring.a"
}

build_pixman() {
  local source; source="$(unpack_package pixman)"
  meson_install "$source" -Dtests=disabled -Dgtk=disabled -Dlibpng=disabled
}

build_libffi() {
  local source; source="$(unpack_package libffi)"
  autotools_install "$source" --disable-docs --disable-multi-os-directory
}

build_pcre2() {
  local source; source="$(unpack_package pcre2)"
  cmake_install "$source" -DPCRE2_BUILD_TESTS=OFF -DPCRE2_BUILD_PCRE2GREP=OFF -DPCRE2_SUPPORT_JIT=OFF
}

build_glib() {
  local source; source="$(unpack_package glib2.0)"
  meson_install "$source" -Dtests=false -Dinstalled_tests=false -Dnls=disabled -Dman=false -Dgtk_doc=false \
    -Dlibmount=disabled -Dselinux=disabled -Dxattr=false -Dsysprof=disabled -Dglib_debug=disabled
}

build_fribidi() {
  local source; source="$(unpack_package fribidi)"
  meson_install "$source" -Ddocs=false -Dtests=false -Dbin=false
}

build_harfbuzz() {
  local source; source="$(unpack_package harfbuzz)"
  meson_install "$source" -Dtests=disabled -Ddocs=disabled -Dglib=enabled -Dfreetype=enabled -Dcairo=disabled \
    -Dgobject=disabled -Dicu=disabled -Dintrospection=disabled -Dutilities=disabled
}

build_cairo() {
  local source; source="$(unpack_package cairo)"
  autotools_install "$source" --enable-win32 --enable-win32-font --enable-ft --disable-fc --enable-pdf \
    --enable-png --disable-svg --disable-ps --disable-script --disable-interpreter --disable-trace \
    --disable-xlib --disable-xcb --disable-gl --disable-gobject --disable-full-testing \
    CPPFLAGS="$CPPFLAGS -DCAIRO_WIN32_STATIC_BUILD"
}

build_pango() {
  local source; source="$(unpack_package pango1.0)"
  meson_install "$source" -Dintrospection=disabled -Dgtk_doc=false -Dinstall-tests=false -Dfontconfig=disabled \
    -Dfreetype=enabled -Dcairo=enabled -Dxft=disabled -Dlibthai=disabled -Dsysprof=disabled
}

build_wxwidgets() {
  local source; source="$(unpack_package wxwidgets3.2)"
  # Debian's tarball has the bundled png, jpeg, tiff, expat and zlib removed: png, expat and zlib
  # come from the prefix; jpeg and tiff are not needed.
  mkdir -p "$source/build-windows"
  (cd "$source/build-windows" && ../configure --host="$MINGW_TRIPLE" --prefix="$PREFIX" --disable-shared \
      --with-msw --enable-unicode --with-libpng=sys --with-zlib=sys --with-expat=sys --without-libjpeg \
      --without-libtiff --without-regex --without-opengl --disable-webview --disable-mediactrl --disable-stc \
      --disable-ribbon --disable-propgrid --disable-richtext --disable-aui --disable-xrc --disable-webrequest \
      --disable-debug_info --disable-precomp-headers) >"$source/configure.log" 2>&1 ||
    fail "configure failed: $source/configure.log"
  make -C "$source/build-windows" -j "$JOBS" >"$source/make.log" 2>&1 || fail "build failed: $source/make.log"
  make -C "$source/build-windows" install >>"$source/make.log" 2>&1 || fail "install failed: $source/make.log"
}

# Header-only libraries and Catch2's single header, taken from Debian's own packages on this
# machine (they are the same on every architecture).
install_header_libraries() {
  local header
  for header in /usr/include/nlohmann /usr/include/CLI /usr/include/catch2; do
    [ -d "$header" ] || fail "$header is missing: run scripts/install-deps.sh"
    cp -a "$header" "$PREFIX/include/"
  done
  mkdir -p "$PREFIX/share/cmake" "$PREFIX/lib/cmake"
  cp -a /usr/share/cmake/nlohmann_json /usr/share/cmake/CLI11 "$PREFIX/share/cmake/"
  cp -a /usr/lib/cmake/Catch2 "$PREFIX/lib/cmake/"
}

# --- main ---------------------------------------------------------------------------------------

steps=(openssl sqlite libpq soci icu fmt yaml_cpp expat pugixml libzip libxlsxwriter libpng freetype libunistring podofo
       pixman libffi pcre2 glib fribidi harfbuzz cairo pango wxwidgets)
if [ $# -gt 0 ]; then steps=("$@"); fi   # one or more steps alone, when working on the script

# Each step unpacks its package afresh (unpack_package), so a stopped run leaves nothing behind that
# the next one would build on.
mkdir -p "$WORK" "$PREFIX/include" "$PREFIX/lib"
log "prefix $PREFIX"
total_start=$SECONDS
install_header_libraries
for step in "${steps[@]}"; do
  start=$SECONDS
  "build_$step"
  log "$step: $((SECONDS - start)) s"
done
log "all: $((SECONDS - total_start)) s"
if [ $# -eq 0 ]; then
  touch "$COMPLETE"
  rm -rf "$WORK"
fi
echo "$PREFIX"
