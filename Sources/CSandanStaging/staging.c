#define _GNU_SOURCE
#include "sandan_staging.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Each slot owns a buffer that is allocated outside any handler and never freed while the
// process runs (it is reused), so the handler never reads freed memory. `live` is the only
// field the handler trusts: it is set after the path is complete and cleared before the
// buffer may be reused.
static struct {
    char *path;
    size_t capacity;
    volatile sig_atomic_t live;
} slots[SANDAN_STAGING_SLOTS];

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static const int caught[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGXCPU, SIGXFSZ };
#define CAUGHT_COUNT (sizeof caught / sizeof caught[0])
static struct sigaction previous[CAUGHT_COUNT];

static void on_signal(int sig) {
    int saved = errno;
    for (int k = 0; k < SANDAN_STAGING_SLOTS; k++) {
        if (slots[k].live) unlink(slots[k].path);
    }
    for (unsigned k = 0; k < CAUGHT_COUNT; k++) {
        if (caught[k] == sig) sigaction(sig, &previous[k], NULL);
    }
    // The signal is blocked while this handler runs: it is delivered again, under its previous
    // action, as soon as the handler returns.
    raise(sig);
    errno = saved;
}

static void install(void) {
    for (unsigned k = 0; k < CAUGHT_COUNT; k++) {
        struct sigaction current;
        if (sigaction(caught[k], NULL, &current) != 0) continue;
        if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_signal;
        sigfillset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(caught[k], &action, &previous[k]);
    }
}

static void block_all(sigset_t *old) {
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, old);
}

int sandan_staging_create(char *path_template) {
    pthread_once(&installed, install);
    size_t length = strlen(path_template);
    sigset_t old;
    block_all(&old);
    pthread_mutex_lock(&lock);
    int slot = -1;
    for (int k = 0; k < SANDAN_STAGING_SLOTS && slot < 0; k++) {
        if (!slots[k].live) slot = k;
    }
    if (slot >= 0 && slots[slot].capacity < length + 1) {
        char *bigger = realloc(slots[slot].path, length + 1);
        if (bigger) {
            slots[slot].path = bigger;
            slots[slot].capacity = length + 1;
        } else {
            slot = -1;
        }
    }
    int fd = mkstemp(path_template);
    int error = errno;
    if (fd >= 0 && slot >= 0) {
        memcpy(slots[slot].path, path_template, length + 1);
        slots[slot].live = 1;
    }
    pthread_mutex_unlock(&lock);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = error;
    return fd;
}

void sandan_staging_forget(const char *path) {
    pthread_mutex_lock(&lock);
    for (int k = 0; k < SANDAN_STAGING_SLOTS; k++) {
        if (slots[k].live && strcmp(slots[k].path, path) == 0) {
            slots[k].live = 0;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
}

int sandan_staging_count(void) {
    pthread_mutex_lock(&lock);
    int count = 0;
    for (int k = 0; k < SANDAN_STAGING_SLOTS; k++) count += slots[k].live ? 1 : 0;
    pthread_mutex_unlock(&lock);
    return count;
}
