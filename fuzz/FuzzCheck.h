#pragma once
// What the fuzz targets share: a check that stops the run with a message when a property of a
// reader's result does not hold (libFuzzer then keeps the input as a crash).

#include <cstdio>
#include <cstdlib>

namespace vitrin::fuzz {

inline void check(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace vitrin::fuzz
