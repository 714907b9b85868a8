# quire_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [GUI]
#                [SIMULATOR] [APP] [XVFB_SCREENS "<Xvfb screen arguments>"])
#
# SIMULATOR: the test starts the gateway simulator; it is built first and
# its path is QUIRE_GATEWAY_SIM_PATH. APP: the test starts the quire
# executable; it is built first and its path is QUIRE_APP_PATH.
#
# The one way tests are registered with ctest. Non-GUI tests run on the
# offscreen platform so they need no display; GUI tests are labelled `gui` and
# need a real X server (the test command runs ctest under xvfb-run). GUI tests
# share that one display, so they take turns (RESOURCE_LOCK): two windows on one
# display take the keyboard focus and the active window from each other, and
# shortcuts and key clicks then go astray.
#
# XVFB_SCREENS (GUI tests): the test runs on an X server of its own, started
# by xvfb-run with these screens (e.g. two, for the customer display), and so
# takes no turn on the shared one.
function(quire_add_test name)
    cmake_parse_arguments(ARG "GUI;SIMULATOR;APP" "XVFB_SCREENS" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE
        Qt6::Test quire_test_support ${ARG_LIBRARIES} Quire::BuildSettings)
    if(ARG_SIMULATOR)
        target_compile_definitions(${name} PRIVATE
            QUIRE_GATEWAY_SIM_PATH="$<TARGET_FILE:quire-gateway-sim>")
        add_dependencies(${name} quire-gateway-sim)
    endif()
    if(ARG_APP)
        target_compile_definitions(${name} PRIVATE QUIRE_APP_PATH="$<TARGET_FILE:quire>")
        add_dependencies(${name} quire)
    endif()
    if(ARG_XVFB_SCREENS)
        find_program(QUIRE_XVFB_RUN xvfb-run) # Debian: xvfb (scripts/bootstrap.sh)
        if(NOT QUIRE_XVFB_RUN)
            set(QUIRE_XVFB_RUN xvfb-run)
        endif()
        add_test(NAME ${name}
            COMMAND ${QUIRE_XVFB_RUN} -a -s "${ARG_XVFB_SCREENS}" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QT_LOGGING_RULES=quire.*.debug=false")
    if(ARG_GUI AND ARG_XVFB_SCREENS)
        set_tests_properties(${name} PROPERTIES LABELS gui)
        list(APPEND env "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
    elseif(ARG_GUI)
        set_tests_properties(${name} PROPERTIES LABELS gui RESOURCE_LOCK quire_x_display)
        list(APPEND env "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        set_tests_properties(${name} PROPERTIES LABELS core)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# PostgreSQL runs of the repository and flow suites (docs/deployment.md).
# With QUIRE_PG_TESTS on, quire_add_pg_test(<name>) registers <name>-pg: the
# same test executable, whose TestDatabase fixture then makes each test's
# database on a throw-away cluster. ctest starts that cluster
# (scripts/pg-test-cluster.sh) before the first -pg test and stops it after
# the last, as the fixture `quire_pg`. On by default when a PostgreSQL server
# is installed (Debian: postgresql); -DQUIRE_PG_TESTS=OFF turns it off.
file(GLOB quire_pg_ctl_candidates /usr/lib/postgresql/*/bin/pg_ctl)
find_program(QUIRE_PG_CTL pg_ctl HINTS ${quire_pg_ctl_candidates})
if(QUIRE_PG_CTL)
    set(quire_pg_default ON)
else()
    set(quire_pg_default OFF)
endif()
option(QUIRE_PG_TESTS "Also run the repository and flow tests against PostgreSQL" ${quire_pg_default})
set(QUIRE_PG_STATE_DIR "${CMAKE_BINARY_DIR}/pg-test-cluster")

if(QUIRE_PG_TESTS)
    add_test(NAME PostgresClusterStart
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster.sh start ${QUIRE_PG_STATE_DIR})
    add_test(NAME PostgresClusterStop
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/pg-test-cluster.sh stop ${QUIRE_PG_STATE_DIR})
    set_tests_properties(PostgresClusterStart PROPERTIES
        FIXTURES_SETUP quire_pg LABELS "core;postgresql" TIMEOUT 120)
    set_tests_properties(PostgresClusterStop PROPERTIES
        FIXTURES_CLEANUP quire_pg LABELS "core;postgresql" TIMEOUT 120)
endif()

function(quire_add_pg_test name)
    if(NOT QUIRE_PG_TESTS)
        return()
    endif()
    add_test(NAME ${name}-pg COMMAND ${name})
    set_tests_properties(${name}-pg PROPERTIES
        LABELS "core;postgresql"
        FIXTURES_REQUIRED quire_pg
        TIMEOUT 600
        ENVIRONMENT "QT_LOGGING_RULES=quire.*.debug=false;QT_QPA_PLATFORM=offscreen;QUIRE_TEST_PG_URL=@${QUIRE_PG_STATE_DIR}/url;QUIRE_TEST_PG_PASSWORD_FILE=${QUIRE_PG_STATE_DIR}/password")
endfunction()
