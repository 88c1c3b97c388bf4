#ifndef CROSSLENS_CNCURSESW_SHIM_H
#define CROSSLENS_CNCURSESW_SHIM_H
// pkg-config's -D_XOPEN_SOURCE flags are dropped by SwiftPM; the wide-character API needs this.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals and cannot import function-like macros: wrap them.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

/// Draws one cell: up to 5 code points (a base character and its combining marks).
static inline int cn_put_cell(int y, int x, const uint32_t *codes, int count, attr_t attrs,
                              short pair) {
  wchar_t text[CCHARW_MAX + 1];
  int n = count < CCHARW_MAX ? count : CCHARW_MAX;
  for (int i = 0; i < n; i++) text[i] = (wchar_t)codes[i];
  text[n] = 0;
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/// Reads one input: returns OK (a character in *code), KEY_CODE_YES (a key code) or ERR.
static inline int cn_get_wch(uint32_t *code) {
  wint_t value = 0;
  int status = get_wch(&value);
  *code = (uint32_t)value;
  return status;
}

/// Reads the pending mouse event; returns OK or ERR.
static inline int cn_getmouse(int *x, int *y, unsigned long *buttons) {
  MEVENT event;
  if (getmouse(&event) != OK) return ERR;
  *x = event.x;
  *y = event.y;
  *buttons = (unsigned long)event.bstate;
  return OK;
}

// Termination signals only set a flag (endwin is not async-signal-safe); the input loop on the
// curses thread sees it and restores the terminal itself.
static volatile sig_atomic_t cn_pending_signal = 0;
static void cn_signal_handler(int signal) { cn_pending_signal = signal; }
static inline void cn_install_signal_handlers(void) {
  struct sigaction action;
  action.sa_handler = cn_signal_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  // SIGQUIT too: left to the runtime, it prints a crash report over the screen and waits.
  sigaction(SIGQUIT, &action, NULL);
}
static inline int cn_take_pending_signal(void) {
  int signal = cn_pending_signal;
  cn_pending_signal = 0;
  return signal;
}
#endif
