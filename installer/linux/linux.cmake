# Linux desktop integration and the .deb (docs/packaging.md): the desktop entry, the MIME type of
# .ipsecstore documents, the AppStream metainfo, the icon in the hicolor sizes, the man pages and the bash
# completion generated from the programs' --help texts. Debian's triggers (shared-mime-info,
# desktop-file-utils, hicolor-icon-theme, man-db) update their caches when these files arrive: no maintainer
# scripts needed.
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(app_id "org.ipsecpolicydesigner.ipsecdesigner")

# The README's screenshots, where software centres fetch them from.
set(IPSEC_SCREENSHOT_URL "${PROJECT_HOMEPAGE_URL}/raw/main/docs/screenshots"
    CACHE STRING "Where the AppStream metainfo points for the screenshots (docs/screenshots of the release)")
# The date of the release PROJECT_VERSION names (AppStream <release date>): set it with each new version.
set(IPSEC_RELEASE_DATE "2026-12-06")
configure_file("${linux_dir}/${app_id}.metainfo.xml.in" "${CMAKE_CURRENT_BINARY_DIR}/${app_id}.metainfo.xml" @ONLY)
# For tests/packaging too.
set(IPSEC_METAINFO_FILE "${CMAKE_CURRENT_BINARY_DIR}/${app_id}.metainfo.xml" CACHE INTERNAL "")
set(IPSEC_DESKTOP_FILE "${linux_dir}/${app_id}.desktop" CACHE INTERNAL "")
set(IPSEC_MIME_FILE "${linux_dir}/ipsecdesigner-mime.xml" CACHE INTERNAL "")

if(TARGET ipsecdesigner)
    install(FILES "${IPSEC_DESKTOP_FILE}" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${IPSEC_METAINFO_FILE}" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${IPSEC_MIME_FILE}" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ipsecdesigner.xml)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/ipsecdesigner.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size IN LISTS IPSEC_HICOLOR_SIZES)
        install(FILES "${IPSEC_ICON_DIR}/hicolor/${size}x${size}/apps/ipsecdesigner.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

# Man pages and bash completion, from the programs' own --help texts (installer/linux/clidoc.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    set(IPSEC_CLIDOC_DIR "${CMAKE_CURRENT_BINARY_DIR}/clidoc" CACHE INTERNAL "")
    set(clidoc_outputs "${IPSEC_CLIDOC_DIR}/ipsecdesigner-cli.1" "${IPSEC_CLIDOC_DIR}/ipsecdesigner-cli.1.gz"
        "${IPSEC_CLIDOC_DIR}/ipsecdesigner-cli.bash")
    set(clidoc_args --cli $<TARGET_FILE:ipsecdesigner-cli> --out "${IPSEC_CLIDOC_DIR}")
    set(clidoc_depends ipsecdesigner-cli ${backend_plugins} "${linux_dir}/clidoc.py")
    if(TARGET ipsecdesigner)
        list(APPEND clidoc_outputs "${IPSEC_CLIDOC_DIR}/ipsecdesigner.1" "${IPSEC_CLIDOC_DIR}/ipsecdesigner.1.gz")
        list(APPEND clidoc_args --gui $<TARGET_FILE:ipsecdesigner>)
        list(APPEND clidoc_depends ipsecdesigner)
    endif()
    add_custom_command(OUTPUT ${clidoc_outputs}
        COMMAND Python3::Interpreter "${linux_dir}/clidoc.py" ${clidoc_args}
        DEPENDS ${clidoc_depends}
        COMMENT "Writing the man pages and the bash completion from the --help texts")
    add_custom_target(ipsec_clidoc ALL DEPENDS ${clidoc_outputs})
    install(FILES "${IPSEC_CLIDOC_DIR}/ipsecdesigner-cli.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    if(TARGET ipsecdesigner)
        install(FILES "${IPSEC_CLIDOC_DIR}/ipsecdesigner.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    install(FILES "${IPSEC_CLIDOC_DIR}/ipsecdesigner-cli.bash"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ipsecdesigner-cli)
else()
    message(WARNING "python3 not found: no man pages and no bash completion in the package")
endif()

# ---- the .deb ----
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dependencies from the linked libraries
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6") # platform plugins, SVG icons
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
