# Flags every target of the project shares, on one INTERFACE target (as qBittorrent does).
add_library(ipsec_project_flags INTERFACE)
add_library(ipsec::flags ALIAS ipsec_project_flags)

target_compile_features(ipsec_project_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    # /permissive- for standard conformance, /utf-8 because the sources and the embedded strings are UTF-8.
    target_compile_options(ipsec_project_flags INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(WARNINGS_AS_ERRORS)
        target_compile_options(ipsec_project_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(ipsec_project_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
    if(WARNINGS_AS_ERRORS)
        target_compile_options(ipsec_project_flags INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(ipsec_project_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(WITH_SANITIZERS)
    if(MSVC)
        target_compile_options(ipsec_project_flags INTERFACE /fsanitize=address) # MSVC has no UBSan
    else()
        target_compile_options(ipsec_project_flags INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(ipsec_project_flags INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Fuzzing: every library gets libFuzzer's coverage instrumentation (fuzzer-no-link) and the sanitizers; only
# the fuzz_<format> executables link libFuzzer itself (tests/fuzz/CMakeLists.txt).
if(WITH_FUZZING)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WITH_FUZZING needs clang (libFuzzer): CC=clang-14 CXX=clang++-14 cmake ...")
    endif()
    target_compile_options(ipsec_project_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ipsec_project_flags INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}" CACHE STRING "Compiler launcher")
endif()

# Where the real-world test files live: ../shared beside the checkout (absent in a newcomer's clone).
set(IPSEC_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH "The shared folder that holds testdata/, the real-world test files")
