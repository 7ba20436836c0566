#ifndef KITH_CNCURSESW_SHIM_H
#define KITH_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <spawn.h>
#include <sys/wait.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

/* Swift's Glibc module does not export wcwidth. */
extern int wcwidth(wchar_t c);
static inline int kith_wcwidth(wchar_t c) { return wcwidth(c); }

/* Global mutable C variables: Swift 6 refuses them directly, getters are fine. */
static inline WINDOW *kith_stdscr(void) { return stdscr; }
static inline WINDOW *kith_curscr(void) { return curscr; }
static inline int kith_lines(void) { return LINES; }
static inline int kith_cols(void) { return COLS; }
static inline int kith_colors(void) { return COLORS; }
static inline int kith_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *kith_stdin(void) { return stdin; }
static inline FILE *kith_stdout(void) { return stdout; }
static inline FILE *kith_stderr(void) { return stderr; }

/* Attribute macros (NCURSES_BITS expressions Swift cannot import). */
static inline attr_t kith_a_normal(void) { return A_NORMAL; }
static inline attr_t kith_a_bold(void) { return A_BOLD; }
static inline attr_t kith_a_italic(void) { return A_ITALIC; }
static inline attr_t kith_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kith_a_dim(void) { return A_DIM; }
static inline attr_t kith_a_reverse(void) { return A_REVERSE; }
static inline attr_t kith_a_color(void) { return A_COLOR; }
static inline attr_t kith_a_attributes(void) { return A_ATTRIBUTES; }
static inline chtype kith_color_pair(int n) { return COLOR_PAIR(n); }
static inline int kith_pair_number(attr_t a) { return PAIR_NUMBER(a); }

static inline void kith_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline void kith_getyx(WINDOW *w, int *y, int *x) { int yy, xx; getyx(w, yy, xx); *y = yy; *x = xx; }

static inline int kith_key_f(int n) { return KEY_F(n); }

/* Mouse masks (NCURSES_MOUSE_MASK expressions). */
static inline mmask_t kith_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kith_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t kith_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kith_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t kith_button1_triple_clicked(void) { return BUTTON1_TRIPLE_CLICKED; }
static inline mmask_t kith_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kith_button5_pressed(void) { return BUTTON5_PRESSED; }

/* setcchar/getcchar with an extended (int) color pair passed through `opts`, so pairs above
   32767 (and above 255, which COLOR_PAIR cannot hold) work. */
static inline int kith_setcchar(cchar_t *cc, const wchar_t *wch, attr_t attrs, int pair) {
    int p = pair;
    return setcchar(cc, wch, attrs, (short)(pair > 32767 ? 0 : pair), &p);
}
static inline int kith_getcchar(const cchar_t *cc, wchar_t *wch, attr_t *attrs, int *pair) {
    short sp = 0;
    int p = 0;
    int rc = getcchar(cc, wch, attrs, &sp, &p);
    *pair = p ? p : sp;
    return rc;
}

/* posix_spawnattr flags are macros too. */
static inline short kith_posix_spawn_setsigdef(void) { return POSIX_SPAWN_SETSIGDEF; }
static inline short kith_posix_spawn_setsigmask(void) { return POSIX_SPAWN_SETSIGMASK; }

/* sigaction's handler field is a union member macro (sa_handler / sa_sigaction). */
static inline void kith_sigaction_set_handler(struct sigaction *sa, void (*h)(int)) { sa->sa_handler = h; }
static inline void kith_sigaction_set_default(struct sigaction *sa) { sa->sa_handler = SIG_DFL; }
static inline void kith_sigaction_set_ignore(struct sigaction *sa) { sa->sa_handler = SIG_IGN; }
static inline int kith_sigaction_is_default(const struct sigaction *sa) {
    return !(sa->sa_flags & SA_SIGINFO) && sa->sa_handler == SIG_DFL;
}

/* Installs a three-argument handler (SA_SIGINFO), used by the crash guard. */
static inline void kith_sigaction_set_siginfo(struct sigaction *sa, void (*h)(int, siginfo_t *, void *)) {
    sa->sa_sigaction = h;
    sa->sa_flags |= SA_SIGINFO;
}
static inline int kith_siginfo_code(const siginfo_t *info) { return info ? info->si_code : 0; }

extern char **environ;
static inline char **kith_environ(void) { return environ; }

/* wait status macros. */
static inline int kith_wifexited(int s) { return WIFEXITED(s); }
static inline int kith_wexitstatus(int s) { return WEXITSTATUS(s); }
static inline int kith_wifsignaled(int s) { return WIFSIGNALED(s); }
static inline int kith_wtermsig(int s) { return WTERMSIG(s); }

#endif
