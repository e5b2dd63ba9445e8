# One place for the compiler flags every Vitrin target gets.
add_library(vitrin_warnings INTERFACE)
target_compile_options(vitrin_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                 -Wno-sign-conversion)
# GCC 12 at -O3 reports -Wrestrict inside std::string's operator+ where there is no overlap
# (GCC bug 105329); the warning stays on for other compilers and for GCC 13 and later.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(vitrin_warnings INTERFACE -Wno-restrict)
endif()
if(VITRIN_WERROR)
    target_compile_options(vitrin_warnings INTERFACE -Werror)
endif()

add_library(vitrin_sanitizers INTERFACE)
if(VITRIN_SANITIZE)
    # -O1, as AddressSanitizer's documentation advises: instrumented code unoptimised is slower
    # still, and the sanitized tests are most of what CI waits for.
    target_compile_options(vitrin_sanitizers INTERFACE -fsanitize=address,undefined -O1
                                                       -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(vitrin_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
if(VITRIN_TSAN)
    if(VITRIN_SANITIZE)
        message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer cannot be combined")
    endif()
    # -O1: ThreadSanitizer slows code 5-15x; unoptimised on top of that the tests crawl.
    target_compile_options(vitrin_sanitizers INTERFACE -fsanitize=thread -O1 -fno-omit-frame-pointer)
    target_link_options(vitrin_sanitizers INTERFACE -fsanitize=thread)
endif()

# vitrin_module(NAME SOURCES... [LINK libs...]) declares one layer of src/ as a static library.
function(vitrin_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
    add_library(vitrin_${name} STATIC ${ARG_SOURCES})
    target_include_directories(vitrin_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(vitrin_${name} PUBLIC ${ARG_LINK} vitrin_sanitizers PRIVATE vitrin_warnings)
endfunction()

# vitrin_test(NAME SOURCES... LINK libs... [LABELS l...] [TIMEOUT seconds]) adds a GoogleTest
# executable registered with ctest; each test may take TIMEOUT seconds (default 120).
function(vitrin_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LINK;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LINK} GTest::gtest GTest::gtest_main vitrin_warnings
                                          vitrin_sanitizers)
    target_compile_definitions(${name} PRIVATE VITRIN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                               VITRIN_TESTDATA_DIR="${VITRIN_TESTDATA_DIR}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(properties TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "SDL_VIDEODRIVER=offscreen;SDL_AUDIODRIVER=dummy")
    if(ARG_LABELS)
        list(APPEND properties LABELS "${ARG_LABELS}")
    endif()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ${properties})
endfunction()
