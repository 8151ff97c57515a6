// wcwidth is declared only with X/Open features on; Swift's Glibc module leaves it out.
#define _GNU_SOURCE
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "wcwidth_shim.h"

int natoscope_wcwidth_table(int8_t *out, size_t count) {
    const char *current = setlocale(LC_CTYPE, NULL);
    char *saved = current ? strdup(current) : NULL;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        free(saved);
        return 0;
    }
    for (size_t cp = 0; cp < count; cp++) {
        out[cp] = (int8_t)wcwidth((wchar_t)cp);
    }
    setlocale(LC_CTYPE, saved ? saved : "C");
    free(saved);
    return 1;
}
