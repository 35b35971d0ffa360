target_sources(cwb_models PRIVATE ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.cpp
                                  ${CMAKE_CURRENT_LIST_DIR}/xlsxcells.cpp)
