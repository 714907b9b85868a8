# quire_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [GUI])
#
# The one way tests are registered with ctest. Non-GUI tests run on the
# offscreen platform so they need no display; GUI tests are labelled `gui` and
# need a real X server (the test command runs ctest under xvfb-run).
function(quire_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE
        Qt6::Test quire_test_support ${ARG_LIBRARIES} Quire::BuildSettings)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_LOGGING_RULES=quire.*.debug=false")
    if(ARG_GUI)
        set_tests_properties(${name} PROPERTIES LABELS gui)
        list(APPEND env "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        set_tests_properties(${name} PROPERTIES LABELS core)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
