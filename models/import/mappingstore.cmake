#Engine support for the import wizard : saved column mappings and the import log reader.
target_sources(cwb_models PRIVATE ${CMAKE_CURRENT_LIST_DIR} /
               mappingstore.cpp ${CMAKE_CURRENT_LIST_DIR} /
               mappingstore.h ${CMAKE_CURRENT_LIST_DIR} / importlog.cpp ${CMAKE_CURRENT_LIST_DIR} /
               importlog.h)
