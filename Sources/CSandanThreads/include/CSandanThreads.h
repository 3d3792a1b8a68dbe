#ifndef SANDAN_THREADS_H
#define SANDAN_THREADS_H

#include <pthread.h>

/// Starts a thread that runs `start(argument)`, as `pthread_create` with default attributes,
/// but on Linux placed first on a CPU other than the calling thread's, when the caller may run
/// on another: the thread runs there from its first instruction, then lets itself run on every
/// CPU the caller could (the scheduler is then free to move it). Linux otherwise often places a
/// young process's new thread on its parent's CPU, where it waits for the parent to be
/// preempted (milliseconds) while the other CPU idles. Returns `pthread_create`'s result, or
/// ENOMEM.
int sandan_start_helper_thread(pthread_t *thread, void *(*start)(void *), void *argument);

/// How many CPUs the calling thread may run on (its affinity mask), at least 1; 1 where the
/// system does not say (not Linux).
int sandan_allowed_cpu_count(void);

#endif
