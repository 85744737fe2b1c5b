# The Windows cross build (scripts/windows/build.sh) links every third-party library statically
# from the dependency prefix that scripts/windows/build-deps.sh makes. A shared library carries its
# own dependencies and exports; a static archive leaves both to the program. So, on Windows:
#  - the macros that keep the libraries' headers from declaring their functions dllimport;
#  - each pkg-config module links what its .pc file lists as private (Libs.private), which CMake's
#    imported targets leave out;
#  - ICU's static archives carry an "s" (sicuuc, sicuin, sicudt), which FindICU does not look for,
#    and need their data archive;
#  - libpq needs PostgreSQL's two helper archives, OpenSSL, and Windows' socket and security libraries.
# (libzip's static zipconf.h defines ZIP_STATIC itself.)
# Included by the top-level CMakeLists.txt before its find_package calls; it calls
# innodesk_link_windows_static_libraries() after them.

if(NOT INNODESK_WINDOWS_PREFIX)
  message(FATAL_ERROR "The Windows build needs INNODESK_WINDOWS_PREFIX (scripts/windows/build.sh sets it).")
endif()

add_compile_definitions(
  U_STATIC_IMPLEMENTATION   # ICU
  PODOFO_STATIC             # PoDoFo
  XML_STATIC                # expat
  CAIRO_WIN32_STATIC_BUILD  # cairo
  GLIB_STATIC_COMPILATION GOBJECT_STATIC_COMPILATION  # glib (pango's)
  # Windows 10 is the oldest Windows InnoDesk supports; it decides which Win32 functions are declared.
  _WIN32_WINNT=0x0A00 WINVER=0x0A00
  # windows.h without the min/max macros that break std::min and std::max.
  NOMINMAX WIN32_LEAN_AND_MEAN)

set(OPENSSL_USE_STATIC_LIBS ON)
set(OPENSSL_ROOT_DIR "${INNODESK_WINDOWS_PREFIX}")
set(ICU_ROOT "${INNODESK_WINDOWS_PREFIX}")
foreach(component IN ITEMS uc i18n data)
  string(TOUPPER "${component}" upper)
  set(short "${component}")
  if(component STREQUAL "i18n")
    set(short "in")
  elseif(component STREQUAL "data")
    set(short "dt")
  endif()
  set(ICU_${upper}_LIBRARY_RELEASE "${INNODESK_WINDOWS_PREFIX}/lib/libsicu${short}.a" CACHE FILEPATH "")
endforeach()
set(PostgreSQL_ROOT "${INNODESK_WINDOWS_PREFIX}")

# A pkg-config module's imported target, relinked with the module's static flags.
function(innodesk_link_pkg_config_statically module)
  if(TARGET PkgConfig::${module})
    set_property(TARGET PkgConfig::${module} PROPERTY INTERFACE_LINK_LIBRARIES "${${module}_STATIC_LDFLAGS}")
    set_property(TARGET PkgConfig::${module} PROPERTY INTERFACE_LINK_OPTIONS "")
  endif()
endfunction()

function(innodesk_link_windows_static_libraries)
  # PODOFO and PANGOCAIRO are found in signing/ and reports/, which relink them there.
  foreach(module IN ITEMS LIBZIP PUGIXML EXPAT XLSXWRITER)
    innodesk_link_pkg_config_statically(${module})
  endforeach()
  # ICU's common library needs its data.
  set_property(TARGET ICU::uc APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::data)
  # libpq as PostgreSQL's DLL is linked: with its helpers, OpenSSL and Windows' libraries.
  set_property(TARGET PostgreSQL::PostgreSQL APPEND PROPERTY INTERFACE_LINK_LIBRARIES
               "${INNODESK_WINDOWS_PREFIX}/lib/libpgcommon.a" "${INNODESK_WINDOWS_PREFIX}/lib/libpgport.a"
               OpenSSL::SSL OpenSSL::Crypto secur32 ws2_32 crypt32 shell32)
endfunction()
