# The Windows installer (docs/packaging.md, Windows): prepared and checked here as far as Linux allows (the
# presets parse, the WiX patch is well-formed XML and names the files CPack generates ids for); never run.
#
# WiX (an .msi) rather than NSIS: the users are Windows administrators who roll software out with Group
# Policy, SCCM/Intune or `msiexec /qn`; an .msi is what those take, and Windows Installer upgrades, repairs
# and uninstalls it cleanly. CPack's WIX generator uses the WiX Toolset v3 (candle, light).
set(windows_dir "${CMAKE_CURRENT_LIST_DIR}")

# The program's icon in Explorer and the taskbar: the rendered .ico through a resource script.
if(TARGET ipsecdesigner)
    configure_file("${windows_dir}/ipsecdesigner.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/ipsecdesigner.rc" @ONLY)
    target_sources(ipsecdesigner PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/ipsecdesigner.rc")
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/ipsecdesigner.rc" PROPERTIES
        OBJECT_DEPENDS "${IPSEC_ICO_FILE}")
    add_dependencies(ipsecdesigner ipsec_icons)
endif()

# Qt at install time: windeployqt copies the Qt libraries and plugins (platforms, styles, imageformats incl.
# svg, translations) the programs and the backend plugin use, and writes qt.conf beside them. Qt 6.4's
# qt_generate_deploy_app_script takes one target only, so the script is written here with
# qt_deploy_runtime_dependencies (Qt 6.3+), which passes the CLI and the plugin to windeployqt as well.
if(TARGET ipsecdesigner)
    set(deploy_extra "")
    foreach(plugin IN LISTS backend_plugins)
        string(APPEND deploy_extra " \"\${QT_DEPLOY_PREFIX}/${IPSEC_INSTALL_BACKENDDIR}/$<TARGET_FILE_NAME:${plugin}>\"")
    endforeach()
    set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake")
    file(GENERATE OUTPUT "${deploy_script}" CONTENT "\
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:ipsecdesigner>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:ipsecdesigner-cli>\"
    ADDITIONAL_LIBRARIES${deploy_extra}
    GENERATE_QT_CONF)
")
    install(SCRIPT "${deploy_script}")
endif()
# The MSVC runtime DLLs beside the programs, so that no separate VC++ redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# ---- the .msi ----
set(CPACK_GENERATOR "WIX")
# Constant for every version: Windows Installer replaces an older installation with the same upgrade code.
set(CPACK_WIX_UPGRADE_GUID "73AB9FA3-0119-4D14-AF91-D93388238041")
set(CPACK_WIX_PRODUCT_ICON "${IPSEC_ICO_FILE}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "IPsec Policy Designer")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
# The .ipsecstore file association (ProgId, "Open" verb, icon), attached to the GUI's component.
set(CPACK_WIX_PATCH_FILE "${windows_dir}/fileassociation.wix.xml")
