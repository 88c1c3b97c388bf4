#ifndef CROSSLENS_CSQLITE_SHIM_H
#define CROSSLENS_CSQLITE_SHIM_H
#include <sqlite3.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import.
static inline sqlite3_destructor_type cs_transient(void) { return SQLITE_TRANSIENT; }

// A store being written to a temporary file: a termination signal (SIGINT, SIGTERM, SIGHUP)
// removes the file and its journals before the process ends as the signal would end it, so an
// interrupted import leaves nothing behind. Only unlink and raise run in the handler (both
// async-signal-safe); the paths are prepared beforehand.
// The state lives in a function so that Swift's importer emits it with the functions.
struct cs_temporary_state {
  char paths[4][4096];
  volatile sig_atomic_t armed;
  struct sigaction previous[3];
};
static inline struct cs_temporary_state *cs_temporary(void) {
  static struct cs_temporary_state state;
  return &state;
}
static const int cs_signals[3] = {SIGINT, SIGTERM, SIGHUP};

static inline void cs_temporary_handler(int signal) {
  struct cs_temporary_state *state = cs_temporary();
  if (state->armed) {
    for (int i = 0; i < 4; i++) unlink(state->paths[i]);
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigaction(signal, &fallback, NULL);
  raise(signal);
}

/// Arms the handler for `path` (returns 0, or -1 when the path is too long to hold).
static inline int cs_protect_temporary(const char *path) {
  struct cs_temporary_state *state = cs_temporary();
  const char *suffixes[4] = {"", "-wal", "-shm", "-journal"};
  for (int i = 0; i < 4; i++) {
    int n = snprintf(state->paths[i], sizeof state->paths[i], "%s%s", path, suffixes[i]);
    if (n < 0 || (size_t)n >= sizeof state->paths[i]) return -1;
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cs_temporary_handler;
  sigemptyset(&action.sa_mask);
  for (int i = 0; i < 3; i++) sigaction(cs_signals[i], &action, &state->previous[i]);
  state->armed = 1;
  // A parent may have left them blocked (a test runner's thread does): unblocked here, the
  // writing thread takes them.
  sigset_t set;
  sigemptyset(&set);
  for (int i = 0; i < 3; i++) sigaddset(&set, cs_signals[i]);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  return 0;
}

/// Disarms the handler and puts back the ones it replaced.
static inline void cs_release_temporary(void) {
  struct cs_temporary_state *state = cs_temporary();
  state->armed = 0;
  for (int i = 0; i < 3; i++) sigaction(cs_signals[i], &state->previous[i], NULL);
}
#endif
