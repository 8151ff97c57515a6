// Wide-character ncurses for Swift. SwiftPM drops the -D flags pkg-config supplies,
// so the wide API (get_wch, cchar_t, mvaddwstr) is switched on here.
#ifndef NATOSCOPE_CNCURSESW_SHIM_H
#define NATOSCOPE_CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
