# Helpers that give every Tenantdesk target the same compiler settings, and every test a timeout.

function(tenantdesk_compile_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(TENANTDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# tenantdesk_layer(<layer> SOURCES ... LAYERS <lower layers> QT <Qt targets>)
# One static library per src/ folder. LAYERS are the only Tenantdesk layers it may use; the same list
# feeds the include check in tests/, so the dependency direction is enforced by the links and the check.
function(tenantdesk_layer layer)
    cmake_parse_arguments(arg "" "" "SOURCES;LAYERS;QT" ${ARGN})
    set(target tenantdesk_${layer})
    add_library(${target} STATIC ${arg_SOURCES})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/src" "${PROJECT_BINARY_DIR}/src")
    set(links ${arg_QT})
    foreach(lower IN LISTS arg_LAYERS)
        list(APPEND links tenantdesk_${lower})
    endforeach()
    target_link_libraries(${target} PUBLIC ${links})
    set_target_properties(${target} PROPERTIES AUTOUIC_SEARCH_PATHS "${PROJECT_SOURCE_DIR}/ui")
    tenantdesk_compile_options(${target})
    set_property(GLOBAL APPEND PROPERTY TENANTDESK_LAYERS "${layer}")
    set_property(GLOBAL PROPERTY TENANTDESK_LAYER_DEPS_${layer} "${arg_LAYERS}")
endfunction()

# tenantdesk_executable(<name> SOURCES ... LINKS ...)
function(tenantdesk_executable name)
    cmake_parse_arguments(arg "" "" "SOURCES;LINKS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LINKS})
    tenantdesk_compile_options(${name})
endfunction()

# tenantdesk_test(<name> SOURCES ... LINKS ... [TIMEOUT s] [LABELS ...])
function(tenantdesk_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LINKS;LABELS" ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LINKS} Qt6::Test)
    tenantdesk_compile_options(${name})
    target_compile_definitions(${name} PRIVATE
        TENANTDESK_TEST_ARTIFACTS="${PROJECT_BINARY_DIR}/test-artifacts"
        TENANTDESK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        TENANTDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT} LABELS "${arg_LABELS}")
endfunction()
