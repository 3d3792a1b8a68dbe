#ifndef SANDAN_PROCESS_CONTROL_H
#define SANDAN_PROCESS_CONTROL_H

#include <sys/types.h>

/// Asks the kernel to send `signal` to this process when the thread that started it ends
/// (Linux `prctl(PR_SET_PDEATHSIG)`). Returns 0 on success, -1 with errno set on failure,
/// and -1 with errno ENOSYS where the call does not exist (not Linux).
int sandan_die_with_parent(int signal);

/// Adds `child` to the processes that are sent SIGKILL when this process receives SIGINT,
/// SIGTERM or SIGHUP (those the process does not ignore). While at least one child is registered, handlers for those three signals
/// are installed; each kills the registered children, puts back the handler that was there
/// before and raises the signal again, so the process then ends (or handles it) as it would
/// have without Sandan's handler. The three signals are also unblocked in the calling thread (which
/// then waits for the child), since a mask inherited from the process's own parent may block them.
/// Safe to call from any thread. Returns 0, or -1 when the table
/// of children (64 entries) is full.
int sandan_forward_terminal_signals(pid_t child);

/// Gives `signal` its default action and unblocks it in the calling thread. A process started
/// from a thread that blocks signals (libdispatch's worker threads block almost all) inherits
/// that mask through `posix_spawn`, and would never see SIGXCPU or a terminal signal.
void sandan_default_signal(int signal);

/// Removes `child` from the table; the last removal puts back the previous handlers (unless
/// another handler was installed over Sandan's since: that one chains to it, and stays).
void sandan_stop_forwarding(pid_t child);

#endif
