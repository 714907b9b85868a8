# One INTERFACE target carries the language level, warnings, Qt's strictness
# macros and the optional sanitizers. Every Quire target links it privately.
add_library(quire_build_settings INTERFACE)
add_library(Quire::BuildSettings ALIAS quire_build_settings)

target_compile_features(quire_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(quire_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

target_compile_options(quire_build_settings INTERFACE
    -Wall -Wextra -pedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)

if(QUIRE_WERROR)
    target_compile_options(quire_build_settings INTERFACE -Werror)
endif()

if(QUIRE_SANITIZE)
    target_compile_options(quire_build_settings INTERFACE
        -fsanitize=${QUIRE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(quire_build_settings INTERFACE -fsanitize=${QUIRE_SANITIZE})
endif()
