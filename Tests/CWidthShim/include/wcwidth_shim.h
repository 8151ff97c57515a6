// The C library's wcwidth for tests: Swift's Glibc module does not export it.
#ifndef NATOSCOPE_WCWIDTH_SHIM_H
#define NATOSCOPE_WCWIDTH_SHIM_H
#include <stddef.h>
#include <stdint.h>

/// Fills out[cp] with wcwidth(cp) for cp in 0..<count, measured under LC_CTYPE=C.UTF-8
/// (the previous LC_CTYPE is restored before returning). Returns 0 when C.UTF-8 is missing.
int natoscope_wcwidth_table(int8_t *out, size_t count);

#endif
