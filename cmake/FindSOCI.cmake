# Finds SOCI 4 as Debian ships it (headers and libraries, no CMake config) and gives imported
# targets SOCI::core, SOCI::sqlite3 and SOCI::postgresql. Debian's SOCI is built with Boost
# support switched on in soci-config.h, so its headers need the Boost headers (libboost-dev).
find_path(SOCI_INCLUDE_DIR NAMES soci/soci.h)
# On Windows SOCI names its libraries with its ABI version (soci_core_4_0).
find_library(SOCI_CORE_LIBRARY NAMES soci_core soci_core_4_0)
find_package(Boost QUIET)
if(NOT Boost_FOUND)
  find_path(Boost_INCLUDE_DIRS NAMES boost/optional.hpp)
endif()

set(_soci_required_vars SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY)
if(NOT WIN32)  # the Windows build's own SOCI (scripts/windows/build-deps.sh) is built without Boost
  list(APPEND _soci_required_vars Boost_INCLUDE_DIRS)
endif()
foreach(_component IN LISTS SOCI_FIND_COMPONENTS)
  find_library(SOCI_${_component}_LIBRARY NAMES soci_${_component} soci_${_component}_4_0)
  if(SOCI_${_component}_LIBRARY)
    set(SOCI_${_component}_FOUND TRUE)
  endif()
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI REQUIRED_VARS ${_soci_required_vars} HANDLE_COMPONENTS)

if(SOCI_FOUND AND NOT TARGET SOCI::core)
  add_library(SOCI::core UNKNOWN IMPORTED)
  set_target_properties(SOCI::core PROPERTIES
    IMPORTED_LOCATION "${SOCI_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR};${Boost_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES "${CMAKE_DL_LIBS}")
  if(SOCI_sqlite3_FOUND)
    find_package(SQLite3 REQUIRED)
    add_library(SOCI::sqlite3 UNKNOWN IMPORTED)
    set_target_properties(SOCI::sqlite3 PROPERTIES
      IMPORTED_LOCATION "${SOCI_sqlite3_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "SOCI::core;SQLite::SQLite3")
  endif()
  if(SOCI_postgresql_FOUND)
    find_package(PostgreSQL REQUIRED)
    add_library(SOCI::postgresql UNKNOWN IMPORTED)
    set_target_properties(SOCI::postgresql PROPERTIES
      IMPORTED_LOCATION "${SOCI_postgresql_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "SOCI::core;PostgreSQL::PostgreSQL")
  endif()
endif()
mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_sqlite3_LIBRARY SOCI_postgresql_LIBRARY)
