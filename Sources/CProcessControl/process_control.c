// Tying a child process's life to its parent's: see include/CProcessControl.h.
#include "CProcessControl.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

int sandan_die_with_parent(int signal) {
#ifdef __linux__
    return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0UL, 0UL, 0UL);
#else
    (void)signal;
    errno = ENOSYS;
    return -1;
#endif
}

enum { slots = 64 };
static const int forwarded[3] = {SIGINT, SIGTERM, SIGHUP};
static _Atomic pid_t children[slots];
static struct sigaction previous[3];
static int installed[3];
static int registered = 0;
static pthread_mutex_t table = PTHREAD_MUTEX_INITIALIZER;

// Async-signal-safe: atomic loads, kill, sigaction and raise only.
static void forward(int signal) {
    for (int i = 0; i < slots; i++) {
        pid_t pid = atomic_load(&children[i]);
        if (pid > 0) kill(pid, SIGKILL);
    }
    for (int k = 0; k < 3; k++) {
        if (forwarded[k] == signal && installed[k]) sigaction(signal, &previous[k], NULL);
    }
    // The signal is blocked while this handler runs: it is delivered again, to the previous
    // handler, when the handler returns.
    raise(signal);
}

static void unblock(const int *signals, int count) {
    sigset_t set;
    sigemptyset(&set);
    for (int k = 0; k < count; k++) sigaddset(&set, signals[k]);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

void sandan_default_signal(int signal) {
    struct sigaction action;
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(signal, &action, NULL);
    unblock(&signal, 1);
}

int sandan_forward_terminal_signals(pid_t child) {
    pthread_mutex_lock(&table);
    int slot = -1;
    for (int i = 0; i < slots && slot < 0; i++) {
        if (atomic_load(&children[i]) == 0) slot = i;
    }
    if (slot < 0) {
        pthread_mutex_unlock(&table);
        return -1;
    }
    atomic_store(&children[slot], child);
    if (registered++ == 0) {
        struct sigaction action;
        action.sa_handler = forward;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0;
        for (int k = 0; k < 3; k++) {
            // A signal the process ignores (started with nohup, say) stays ignored.
            sigaction(forwarded[k], NULL, &previous[k]);
            installed[k] = previous[k].sa_handler != SIG_IGN;
            if (installed[k]) sigaction(forwarded[k], &action, NULL);
        }
        unblock(forwarded, 3);
    }
    pthread_mutex_unlock(&table);
    return 0;
}

void sandan_stop_forwarding(pid_t child) {
    pthread_mutex_lock(&table);
    for (int i = 0; i < slots; i++) {
        if (atomic_load(&children[i]) == child) {
            atomic_store(&children[i], 0);
            if (--registered == 0) {
                for (int k = 0; k < 3; k++) {
                    // A handler installed over this one since (it chains to this one) stays.
                    struct sigaction current;
                    if (installed[k] && sigaction(forwarded[k], NULL, &current) == 0 && current.sa_handler == forward) {
                        sigaction(forwarded[k], &previous[k], NULL);
                    }
                }
            }
            break;
        }
    }
    pthread_mutex_unlock(&table);
}
