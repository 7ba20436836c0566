// Only the header matters: the symbol comes from libFuzzer (-sanitize=fuzzer).
#include "CFuzz.h"
