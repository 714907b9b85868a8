# Fails when any file under ROOT (the widgets) includes a persistence header:
# screens talk to the core's services and to item models, never to
# repositories or the database directly.
file(GLOB_RECURSE sources ${ROOT}/*.h ${ROOT}/*.cpp)
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} hits REGEX "#include[ \t]*[\"<]persistence/")
    if(hits)
        list(APPEND offenders "${source}: ${hits}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "The screens include persistence headers:\n${offenders}")
endif()
message(STATUS "the screens reach the database only through services (${ROOT})")
