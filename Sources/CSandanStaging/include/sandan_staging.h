#ifndef SANDAN_STAGING_H
#define SANDAN_STAGING_H

/// Temporary ("staging") files that must not outlive the process.
///
/// `sandan_staging_create` creates a file from a mkstemp template (O_CREAT|O_EXCL, so a name
/// planted in advance, symbolic link or not, is never opened) with the terminal signals blocked,
/// and registers its path. Until `sandan_staging_forget` is called, a SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT, SIGPIPE, SIGXCPU or SIGXFSZ removes it: the handler calls only unlink(2),
/// sigaction(2) and raise(3), which are async-signal-safe, then restores the signal's previous
/// action and raises the signal again, so the process ends (or a previously installed handler
/// runs) as it would have without Sandan. Signals ignored when the first file is registered
/// stay ignored.
///
/// At most SANDAN_STAGING_SLOTS files are registered at once; beyond that a file is created
/// but not registered (the function still succeeds).

#define SANDAN_STAGING_SLOTS 256

/// Creates the file named by `path_template` (ending in "XXXXXX", rewritten in place) with mode
/// 0600 and registers it. Returns the open descriptor, or -1 with errno set.
int sandan_staging_create(char *path_template);

/// Unregisters `path` (after it was renamed or removed). Unknown paths are ignored.
void sandan_staging_forget(const char *path);

/// The number of paths registered now (for tests).
int sandan_staging_count(void);

#endif
