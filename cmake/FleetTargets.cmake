# Shared compile settings for project targets, and the one helper that registers a QtTest executable.

set(FLEET_LAB_SCRIPT "${PROJECT_SOURCE_DIR}/tests/lab/fleetlab")

function(fleet_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    if(FLEET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CONTEXTLESS_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        QT_USE_QSTRINGBUILDER)
endfunction()

# fleet_add_test(NAME TestFoo SOURCES a.cpp LIBS fleetcore LABEL unit [TIMEOUT s] [RESOURCE_LOCK lab]
#                [WRAPPER script]) — WRAPPER runs the test through a script (e.g. tests/tools/with-keyring).
function(fleet_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT;WRAPPER" "SOURCES;LIBS;RESOURCE_LOCK" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    fleet_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    if(T_WRAPPER)
        add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    set_property(GLOBAL APPEND PROPERTY FLEET_TESTS_${T_LABEL} ${T_NAME}) # for the fleet_<label>_tests targets
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    # FLEET_SCAN_LOOPBACK_ONLY: discovery refuses every target outside 127.0.0.0/8 in tests, whatever they ask.
    set(env "QT_QPA_PLATFORM=offscreen" "FLEET_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "FLEET_BINARY_DIR=${PROJECT_BINARY_DIR}"
        "FLEET_SCAN_LOOPBACK_ONLY=1")
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
    if(T_RESOURCE_LOCK)
        set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK "${T_RESOURCE_LOCK}")
    endif()
endfunction()
