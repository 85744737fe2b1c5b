# CMake toolchain for 64-bit Windows with Debian's MinGW-w64 cross compilers.
# The posix thread model: GCC 12's win32 model has no std::thread, std::mutex or std::call_once.
# INNODESK_WINDOWS_PREFIX (the dependencies built by build-deps.sh) is searched for libraries and
# headers; the build machine's own /usr is never searched.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(INNODESK_MINGW_TRIPLE x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${INNODESK_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${INNODESK_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${INNODESK_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${INNODESK_MINGW_TRIPLE}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${INNODESK_MINGW_TRIPLE}-ranlib CACHE FILEPATH "")

if(NOT INNODESK_WINDOWS_PREFIX AND DEFINED ENV{INNODESK_WINDOWS_PREFIX})
  set(INNODESK_WINDOWS_PREFIX "$ENV{INNODESK_WINDOWS_PREFIX}")
endif()
# Passed on to try_compile projects, which see only the variables listed here.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES INNODESK_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${INNODESK_MINGW_TRIPLE} ${INNODESK_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Every library is static, and so are the C and C++ runtimes and winpthreads: an .exe runs
# without DLLs beside it but Windows' own.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")

# pkg-config reads only the prefix's .pc files.
if(INNODESK_WINDOWS_PREFIX)
  set(ENV{PKG_CONFIG_LIBDIR} "${INNODESK_WINDOWS_PREFIX}/lib/pkgconfig:${INNODESK_WINDOWS_PREFIX}/share/pkgconfig")
  set(ENV{PKG_CONFIG_PATH} "")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()

# Tests run under Wine.
find_program(INNODESK_WINE64 NAMES wine64 wine PATHS /usr/lib/wine /usr/bin NO_CMAKE_FIND_ROOT_PATH)
if(INNODESK_WINE64)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${INNODESK_WINE64}")
endif()
