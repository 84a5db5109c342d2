# Debian packages (scripts/package runs `cpack -G DEB`): one per component.
#   fleet-commander  the desktop app and fleetctl, the .desktop file, AppStream metainfo, icon, man pages
#   fleet-agent      the node daemon alone (QtCore/Network/WebSockets only), for the nodes
# Built for the machine's architecture (amd64 here). arm64 nodes (Jetson boards): configure a tree with an
# aarch64 toolchain and Debian's arm64 Qt (dpkg --add-architecture arm64; apt-get install crossbuild-essential-arm64
# qt6-base-dev:arm64 qt6-websockets-dev:arm64 …; -DCMAKE_TOOLCHAIN_FILE=… -DFLEET_BUILD_UI=OFF) and set
# FLEET_DEB_ARCH=arm64; dpkg-shlibdeps then reads the arm64 libraries' symbols files. Not done by our CI.

# Man pages from each program's --help (help2man), installed with the program's component.
find_program(HELP2MAN help2man)
function(fleet_add_man_page target component description)
    if(NOT HELP2MAN)
        return()
    endif()
    set(page ${CMAKE_CURRENT_BINARY_DIR}/${target}.1)
    add_custom_command(OUTPUT ${page}.gz
        # offscreen: the desktop app answers --help without a display; LC_ALL=C.UTF-8: the page in English
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
                ${HELP2MAN} --no-info --no-discard-stderr --section 1 --name "${description}"
                --version-string "${PROJECT_VERSION}" --output ${page} $<TARGET_FILE:${target}>
        COMMAND gzip -9nf ${page}
        DEPENDS ${target}
        COMMENT "Man page for ${target} (help2man)"
        VERBATIM)
    add_custom_target(${target}_man ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fleet-commander)
set(CPACK_PACKAGE_VENDOR "Fleet Commander")
set(CPACK_PACKAGE_CONTACT "Fleet Commander maintainers <fleet-commander@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # NAME_VERSION-RELEASE_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
if(DEFINED ENV{FLEET_DEB_ARCH})
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE $ENV{FLEET_DEB_ARCH})
endif()

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME fleet-commander)
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "desktop fleet manager: discover nodes, build images, push them over SSH
 Fleet Commander discovers nodes on the local network, builds and catalogs Docker images and pushes them to
 nodes over SSH (save, transfer, load, run) with progress, cancel, retry and a history. Includes fleetctl,
 the scriptable command line.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "fleet-agent, docker.io")
set(CPACK_DEBIAN_AGENT_PACKAGE_NAME fleet-agent)
set(CPACK_COMPONENT_AGENT_DESCRIPTION "node daemon for Fleet Commander
 A small daemon that reports a node's facts (CPU, memory, disks, GPUs, Docker) to Fleet Commander over
 authenticated WebSockets. Fleet Commander can also install it over SSH without this package.")
set(CPACK_COMPONENTS_ALL desktop agent)
# include(CPack) comes at the end of the top-level CMakeLists.txt, after every install rule.
