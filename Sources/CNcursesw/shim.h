// Wide-character ncurses for Swift. SwiftPM drops the -D flags pkg-config supplies,
// so the wide API (get_wch, cchar_t, mvaddwstr) is switched on here, and the macros
// Swift cannot import (attributes, colour pairs, mouse masks, KEY_F) become functions.
#ifndef NATOSCOPE_CNCURSESW_SHIM_H
#define NATOSCOPE_CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

static inline attr_t nato_attr_normal(void) { return A_NORMAL; }
static inline attr_t nato_attr_bold(void) { return A_BOLD; }
static inline attr_t nato_attr_dim(void) { return A_DIM; }
static inline attr_t nato_attr_reverse(void) { return A_REVERSE; }
static inline attr_t nato_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t nato_attr_standout(void) { return A_STANDOUT; }
static inline int nato_key_f(int n) { return KEY_F(n); }

static inline mmask_t nato_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int nato_mouse_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int nato_mouse_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int nato_mouse_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

static inline WINDOW *nato_stdscr(void) { return stdscr; }
static inline int nato_colors(void) { return COLORS; }

/// The codeset of the current locale (for example "UTF-8").
static inline const char *nato_codeset(void) { return nl_langinfo(CODESET); }
#endif
