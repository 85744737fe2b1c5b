# The DEB and RPM packages: `cmake --build --preset release --target package` (or cpack in a build
# folder) makes innodesk_VERSION_ARCH.deb and innodesk-VERSION-1.ARCH.rpm holding both programs
# and everything installer/CMakeLists.txt installs, under /usr.
set(INNODESK_PACKAGE_MAINTAINER "InnoDesk maintainers <maintainers@users.noreply.b-seed-826b293a.example>"
    CACHE STRING "Name <address> written into the packages as their maintainer")

set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGE_NAME innodesk)
set(CPACK_PACKAGE_VENDOR "InnoDesk developers")
set(CPACK_PACKAGE_CONTACT "${INNODESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Plain text without "&" or apostrophes: CPack 3.25 writes those into the DEB control file as XML entities.
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_SOURCE_DIR}/description.txt)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Installed programs carry no symbol tables; packages need not carry the build's.
set(CPACK_STRIP_FILES ON)
# Folders 0755 whatever the umask of whoever builds the package (lintian: non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian: the version has no Debian revision (a native package, hence doc/innodesk/changelog.gz);
# the libraries the programs link are turned into Depends by dpkg-shlibdeps (package dpkg-dev).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${INNODESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Besides the libraries: the PDF reports (reports/) set their text in DejaVu Serif, found
# through fontconfig; the libraries' dependencies do not guarantee that font. libgtk-3-common
# holds GTK's Vietnamese for its own dialogs (gtk30.mo; libgtk-3-0 pulls it in, named here because
# the window relies on it); the locales package generates vi_VN.UTF-8 for the day-first date
# pickers; without that locale the window still speaks Vietnamese (gui/ui_language.cpp).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libgtk-3-common")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS locales)

# RPM: rpmbuild computes Requires from the programs' ELF dependencies. The folders that the
# distribution's own packages (filesystem, hicolor-icon-theme, man-pages) own are left out of the
# file list, or installing would conflict with them.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE Proprietary)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
set(CPACK_RPM_PACKAGE_REQUIRES "font(dejavuserif)")
# The vi_VN.UTF-8 locale (Fedora and RHEL split it out of glibc); GTK's catalogs come with gtk3.
set(CPACK_RPM_PACKAGE_SUGGESTS glibc-langpack-vi)
# No /usr/lib/.build-id links: they serve debuginfo packages, which these are built without.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(rpm_shared_dirs /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/locale
    /usr/share/locale/vi /usr/share/locale/vi/LC_MESSAGES /usr/share/man /usr/share/man/man1
    /usr/share/man/vi /usr/share/man/vi/man1)
foreach(size ${icon_sizes})
  list(APPEND rpm_shared_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_shared_dirs})

include(CPack)
