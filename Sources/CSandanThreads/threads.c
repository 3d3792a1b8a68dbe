#define _GNU_SOURCE
#include "CSandanThreads.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>

/// What the new thread starts with: its work, and on Linux the CPUs to widen to.
struct sandan_helper_start {
    void *(*start)(void *);
    void *argument;
#ifdef __linux__
    int widen;
    cpu_set_t allowed;
#endif
};

static void *sandan_helper_trampoline(void *raw) {
    struct sandan_helper_start start = *(struct sandan_helper_start *)raw;
    free(raw);
#ifdef __linux__
    if (start.widen) {
        pthread_setaffinity_np(pthread_self(), sizeof start.allowed, &start.allowed);
    }
#endif
    return start.start(start.argument);
}

int sandan_start_helper_thread(pthread_t *thread, void *(*start)(void *), void *argument) {
    struct sandan_helper_start *box = calloc(1, sizeof *box);
    if (box == NULL) {
        return ENOMEM;
    }
    box->start = start;
    box->argument = argument;
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) {
        free(box);
        return pthread_create(thread, NULL, start, argument);
    }
#ifdef __linux__
    int here = sched_getcpu();
    if (here >= 0 && here < CPU_SETSIZE && pthread_getaffinity_np(pthread_self(), sizeof box->allowed, &box->allowed) == 0
        && CPU_ISSET(here, &box->allowed) && CPU_COUNT(&box->allowed) > 1) {
        cpu_set_t elsewhere = box->allowed;
        CPU_CLR(here, &elsewhere);
        box->widen = pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere) == 0;
    }
#endif
    int result = pthread_create(thread, &attributes, sandan_helper_trampoline, box);
    pthread_attr_destroy(&attributes);
    if (result != 0) {
        free(box);
    }
    return result;
}

int sandan_allowed_cpu_count(void) {
#ifdef __linux__
    cpu_set_t allowed;
    if (pthread_getaffinity_np(pthread_self(), sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 0) {
        return CPU_COUNT(&allowed);
    }
#endif
    return 1;
}
