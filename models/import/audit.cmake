# The data audit (数据审核): column profilers, the table scan, storage and formatting.
target_sources(cwb_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/audit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditsketch.h
)
