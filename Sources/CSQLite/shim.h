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

// Stores being written to temporary files: a termination signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT)
// removes every such file and its journals, then the signal takes the course it had before
// (by default ending the process), so an interrupted import leaves nothing behind. Several
// stores may be written at once (one slot each); a signal the process ignored stays ignored
// (`nohup crosslens import …` survives a hang-up). Only unlink, sigaction and raise run in the
// handler (all async-signal-safe); the paths are prepared beforehand.
// The state lives in a function so that Swift's importer emits it with the functions.
#define CS_TEMPORARY_SLOTS 8
#define CS_SIGNAL_COUNT 4
struct cs_temporary_state {
  pthread_mutex_t lock;
  char paths[CS_TEMPORARY_SLOTS][4][4096];
  int used[CS_TEMPORARY_SLOTS];
  volatile sig_atomic_t armed[CS_TEMPORARY_SLOTS];
  int users;
  int replaced[CS_SIGNAL_COUNT];
  struct sigaction previous[CS_SIGNAL_COUNT];
};
static inline struct cs_temporary_state *cs_temporary(void) {
  static struct cs_temporary_state state = {.lock = PTHREAD_MUTEX_INITIALIZER};
  return &state;
}
static const int cs_signals[CS_SIGNAL_COUNT] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

static inline void cs_signal_default(int signal) {
  struct sigaction action;
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(signal, &action, NULL);
}

static inline void cs_temporary_handler(int signal) {
  struct cs_temporary_state *state = cs_temporary();
  for (int slot = 0; slot < CS_TEMPORARY_SLOTS; slot++) {
    if (!state->armed[slot]) continue;
    for (int i = 0; i < 4; i++) unlink(state->paths[slot][i]);
  }
  for (int i = 0; i < CS_SIGNAL_COUNT; i++) {
    if (cs_signals[i] != signal) continue;
    // SIGQUIT's previous handler is the Swift runtime's crash reporter, which would report a
    // crash and let the import run on; a quit request ends the process as by default.
    if (signal == SIGQUIT) {
      cs_signal_default(signal);
    } else {
      sigaction(signal, &state->previous[i], NULL);
    }
  }
  // Blocked while this handler runs, the signal is delivered to the previous disposition as
  // soon as it returns.
  raise(signal);
}

/// Arms the handler for `path`; returns the slot to pass to `cs_release_temporary`, or -1 when
/// the path is too long to hold or every slot is taken (the file is then not protected).
static inline int cs_protect_temporary(const char *path) {
  struct cs_temporary_state *state = cs_temporary();
  const char *suffixes[4] = {"", "-wal", "-shm", "-journal"};
  pthread_mutex_lock(&state->lock);
  int slot = -1;
  for (int n = 0; n < CS_TEMPORARY_SLOTS && slot < 0; n++) {
    if (!state->used[n]) slot = n;
  }
  if (slot >= 0) {
    for (int i = 0; i < 4; i++) {
      size_t size = sizeof state->paths[slot][i];
      int n = snprintf(state->paths[slot][i], size, "%s%s", path, suffixes[i]);
      if (n < 0 || (size_t)n >= size) slot = -1;
      if (slot < 0) break;
    }
  }
  if (slot < 0) {
    pthread_mutex_unlock(&state->lock);
    return -1;
  }
  state->used[slot] = 1;
  if (state->users++ == 0) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_temporary_handler;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < CS_SIGNAL_COUNT; i++) {
      sigaction(cs_signals[i], NULL, &state->previous[i]);
      state->replaced[i] = state->previous[i].sa_handler != SIG_IGN;
      if (state->replaced[i]) sigaction(cs_signals[i], &action, NULL);
    }
  }
  state->armed[slot] = 1;
  pthread_mutex_unlock(&state->lock);
  return slot;
}

/// Disarms `slot`; the last one out puts back the handlers it replaced.
static inline void cs_release_temporary(int slot) {
  struct cs_temporary_state *state = cs_temporary();
  if (slot < 0 || slot >= CS_TEMPORARY_SLOTS) return;
  pthread_mutex_lock(&state->lock);
  state->armed[slot] = 0;
  state->used[slot] = 0;
  if (--state->users == 0) {
    for (int i = 0; i < CS_SIGNAL_COUNT; i++) {
      if (state->replaced[i]) sigaction(cs_signals[i], &state->previous[i], NULL);
    }
  }
  pthread_mutex_unlock(&state->lock);
}
#endif
