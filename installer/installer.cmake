# Packaging: what `cmake --install` puts where, and CPack's DEB and TGZ packages (NSIS settings
# for Windows builds). Build the packages with `cpack` in the build directory.
include(GNUInstallDirs)

set(CWB_APP_ID io.github.campaignworkbench.CampaignWorkbench)
set(CWB_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})

# Desktop integration: reverse-DNS desktop file, AppStream metainfo, icons (SVG + PNG sizes).
install(FILES ${CWB_INSTALLER_DIR}/${CWB_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CWB_INSTALLER_DIR}/${CWB_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/campaign-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CWB_APP_ID}.svg)
cwb_render_icons()
install(DIRECTORY ${CWB_ICON_PNG_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

set(CPACK_PACKAGE_NAME campaign-workbench)
set(CPACK_PACKAGE_VENDOR "Campaign Workbench contributors")
set(CPACK_PACKAGE_CONTACT "Campaign Workbench contributors <campaign-workbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plan, simulate and evaluate targeted marketing pilots offline")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Campaign Workbench helps the marketing team of a telecom city branch plan targeted "
    "marketing pilots on a laptop: import a customer extract (CSV in UTF-8 or GBK, Excel), "
    "audit it, segment it, design offers and campaigns with control groups, simulate the "
    "return, print call lists and scripts, and evaluate the outcome. Includes cwb, the "
    "command-line front end.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://campaignworkbench.github.io")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Campaign Workbench")
set(CPACK_PACKAGE_EXECUTABLES "campaign-workbench;Campaign Workbench")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Campaign Workbench")
    set(CPACK_NSIS_PACKAGE_NAME "Campaign Workbench ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/campaign-workbench.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put `cwb` on PATH
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Campaign Workbench.lnk' '$INSTDIR\\\\bin\\\\campaign-workbench.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA
        "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Campaign Workbench.lnk'")
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian package: dependencies found by dpkg-shlibdeps from the binaries, plus what is loaded
# at run time (the SVG icon engine, Qt's own translations, a CJK font).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})

include(CPack)
