// Wide-character ncurses for Swift 6.
//
// Swift 6 rejects ncurses globals (stdscr, LINES, COLS) as shared mutable state and cannot call
// function-like macros, so this header exposes them through small static inline accessors.
#ifndef STC_CNCURSES_SHIM_H
#define STC_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *stc_stdscr(void) { return stdscr; }
static inline int stc_lines(void) { return LINES; }
static inline int stc_cols(void) { return COLS; }
static inline int stc_colors(void) { return COLORS; }
static inline int stc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t stc_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t stc_a_bold(void) { return A_BOLD; }
static inline attr_t stc_a_reverse(void) { return A_REVERSE; }
static inline attr_t stc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t stc_a_dim(void) { return A_DIM; }
static inline attr_t stc_a_normal(void) { return A_NORMAL; }
static inline int stc_key_resize(void) { return KEY_RESIZE; }
static inline int stc_key_mouse(void) { return KEY_MOUSE; }
static inline int stc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int stc_err(void) { return ERR; }
static inline int stc_ok(void) { return OK; }
static inline int stc_key_max(void) { return KEY_MAX; }

/* Mouse masks are macros built from other macros; expose the ones stc reads. */
static inline mmask_t stc_mouse_all(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t stc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t stc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t stc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t stc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t stc_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t stc_report_position(void) { return REPORT_MOUSE_POSITION; }

/// Fills a cchar_t with up to CCHARW_MAX-1 wide characters (one spacing character plus
/// combining marks), the given attributes and colour pair.
static inline int stc_setcchar(cchar_t *out, const wchar_t *wch, attr_t attrs, short pair) {
  return setcchar(out, wch, attrs, pair, NULL);
}

/// Makes a screen that draws into /dev/null at the given size, for timing the drawing without a
/// terminal (`stc bench`). Returns ERR when the terminal type is unknown.
static inline int stc_headless_screen(const char *term, int lines, int cols) {
  FILE *out = fopen("/dev/null", "w");
  FILE *in = fopen("/dev/null", "r");
  if (out == NULL || in == NULL) return ERR;
  SCREEN *screen = newterm(term, out, in);
  if (screen == NULL) return ERR;
  set_term(screen);
  return resize_term(lines, cols);
}

#endif