# CPack: a Debian package (cpack -G DEB in the build folder; packaging/test-deb.sh builds,
# installs and checks it). Included from the top-level CMakeLists.txt.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME caseline)
set(CPACK_PACKAGE_VENDOR "Caseline")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Caseline maintainers <maintainers@caseline.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case-timeline viewer for local immigration-enforcement policy")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME caseline)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
Caseline lays out detentions, police backup calls to federal agents, commission
sessions, ordinances and 287(g) agreements on one timeline lane per city or
county, with each jurisdiction's policy stance drawn behind its lane. Every
event is traced to its source with a verbatim quote. It imports ICE's 287(g)
participating-agency list, detainer-policy lists and TimelineJS files, and
compares sanctuary and 287(g) jurisdictions in charts exported to PDF.")
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev); the rest are loaded at run
# time and invisible to it: the platform plugins that open a window, and a font, without which
# Qt draws empty boxes and PDFs carry no text.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# Their dpkg triggers register the MIME type, the desktop entry and the icons on install.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
include(CPack)
