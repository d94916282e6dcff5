// Bridges GNU readline to Swift. stdio.h must come first: readline's headers use FILE.
#if !__has_include(<readline/readline.h>)
#error "GNU readline's headers are missing: install them with 'apt-get install libreadline-dev'."
#endif
#include <stdio.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses to name readline's mutable globals ("not concurrency-safe"), so each one the
// line reader needs is reached through a setter or getter here. Call them from the main thread
// only, like the rest of readline.

/// The name `$if` tests in ~/.inputrc. readline keeps the pointer: pass a string that lives as
/// long as the process.
static inline void socratic_rl_set_readline_name(const char *name) { rl_readline_name = name; }

/// Whether readline installs its own handlers for SIGINT, SIGTERM, SIGTSTP… and SIGWINCH.
/// socratic handles them itself, so it turns both off.
static inline void socratic_rl_set_catches_signals(int catches) {
  rl_catch_signals = catches;
  rl_catch_sigwinch = catches;
}

/// Whether readline exports LINES and COLUMNS into the environment when the window changes.
static inline void socratic_rl_set_changes_environment(int changes) {
  rl_change_environment = changes;
}

/// The function readline calls on Tab.
static inline void socratic_rl_set_attempted_completion_function(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

/// Set from inside the completion function: 1 stops readline from falling back to file names.
static inline void socratic_rl_set_attempted_completion_over(int over) {
  rl_attempted_completion_over = over;
}

/// The line being edited; valid while a line is being read.
static inline const char *socratic_rl_line_buffer(void) { return rl_line_buffer; }

/// The cursor's byte offset in the line being edited.
static inline int socratic_rl_point(void) { return rl_point; }

/// The length in bytes of the line being edited: 0 when it is empty.
static inline int socratic_rl_end(void) { return rl_end; }

/// How the history file is written and read: a `#seconds` timestamp line before each entry, and
/// lines without one joined to the entry before, so that an entry holding line breaks (a paste)
/// comes back as one entry, not one per line. The comment character is set, not guessed from
/// the file's first line, because history_truncate_file drops the first kept entry's timestamp.
static inline void socratic_history_use_multiline_entries(void) {
  history_write_timestamps = 1;
  history_comment_char = '#';
  history_multiline_entries = 1;
}

/// The newest history entry's text, or NULL when the history is empty.
static inline const char *socratic_history_newest_line(void) {
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

// GNU extensions that Swift's Glibc module leaves out (they need _GNU_SOURCE); both are in
// glibc since 2.30 at the latest.

/// poll that atomically swaps in a signal mask while it waits, so a signal that arrives just
/// before the wait still interrupts it.
int ppoll(struct pollfd *fds, nfds_t count, const struct timespec *timeout,
          const sigset_t *mask);

/// The calling thread's id; equal to getpid() on the main thread.
pid_t gettid(void);
