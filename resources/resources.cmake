# Qt resources of the GUI (qt_add_resources writes the .qrc files into the build tree, and
# links them so that a static library's resources are not dropped): the icons and the
# translations. The .ts files are compiled to
# .qm by lrelease into the BUILD tree (never the source tree) and embedded as
# :/translations/campaign-workbench_<lang>.qm. PNG icon sizes are rendered from the SVG at build
# time (cwb_iconrender) for installation.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)
find_program(CWB_LRELEASE NAMES lrelease-qt6 lrelease
             HINTS /usr/lib/qt6/bin ${QT6_INSTALL_PREFIX}/bin
             DOC "Qt Linguist lrelease (Qt 6)")
if(NOT CWB_LRELEASE)
    message(FATAL_ERROR "lrelease not found: install Debian's qt6-l10n-tools")
endif()


# cwb_add_resources(target): embeds icons and translations into target.
function(cwb_add_resources target)
    set(CWB_RESOURCE_DIR ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
    set(CWB_LANGUAGES en zh_CN)
    set(qm_files)
    foreach(lang IN LISTS CWB_LANGUAGES)
        set(ts ${CWB_RESOURCE_DIR}/translations/campaign-workbench_${lang}.ts)
        set(qm ${CMAKE_CURRENT_BINARY_DIR}/translations/campaign-workbench_${lang}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/translations
            COMMAND ${CWB_LRELEASE} -silent ${ts} -qm ${qm}
            DEPENDS ${ts}
            COMMENT "lrelease campaign-workbench_${lang}.ts"
            VERBATIM)
        list(APPEND qm_files ${qm})
    endforeach()
    qt_add_resources(${target} cwb_translations
        PREFIX /translations BASE ${CMAKE_CURRENT_BINARY_DIR}/translations FILES ${qm_files})
    qt_add_resources(${target} cwb_icons
        PREFIX /icons BASE ${CWB_RESOURCE_DIR}/icons
        FILES ${CWB_RESOURCE_DIR}/icons/campaign-workbench.svg)
endfunction()

# cwb_render_icons(): PNG sizes of the app icon in the build tree, for the installer.
# Sets CWB_ICON_PNG_DIR (hicolor layout below it) in the caller's scope.
function(cwb_render_icons)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)
    set(CWB_RESOURCE_DIR ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
    set(CWB_ICON_SIZES 16 24 32 48 64 128 256 512)
    set(CWB_APP_ID io.github.campaignworkbench.CampaignWorkbench)
    add_executable(cwb_iconrender ${CWB_RESOURCE_DIR}/iconrender.cpp)
    target_link_libraries(cwb_iconrender PRIVATE Qt6::Gui Qt6::Svg cwb_warnings)
    set(out_dir ${CMAKE_BINARY_DIR}/icons/hicolor)
    set(pngs)
    foreach(size IN LISTS CWB_ICON_SIZES)
        set(png ${out_dir}/${size}x${size}/apps/${CWB_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}/${size}x${size}/apps
            COMMAND cwb_iconrender ${CWB_RESOURCE_DIR}/icons/campaign-workbench.svg ${size} ${png}
            DEPENDS cwb_iconrender ${CWB_RESOURCE_DIR}/icons/campaign-workbench.svg
            VERBATIM)
        list(APPEND pngs ${png})
    endforeach()
    add_custom_target(cwb_icons ALL DEPENDS ${pngs})
    set(CWB_ICON_PNG_DIR ${out_dir} PARENT_SCOPE)
endfunction()
