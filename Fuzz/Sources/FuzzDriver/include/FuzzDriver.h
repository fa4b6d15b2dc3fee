#ifndef ENTITYGRAPH_FUZZ_DRIVER_H
#define ENTITYGRAPH_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs with a main of their own (LLVM 12 and later). SwiftPM
/// gives every executable target a main, so the targets call this instead of letting
/// libFuzzer's main call LLVMFuzzerTestOneInput.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
