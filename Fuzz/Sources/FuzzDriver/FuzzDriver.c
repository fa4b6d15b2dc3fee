// Only the declaration in include/FuzzDriver.h matters; libFuzzer (-sanitize=fuzzer) defines it.
#include "FuzzDriver.h"
