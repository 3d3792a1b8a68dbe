#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (`flock(2)`) on a folder, which makes a set of files in it change as one
/// for Sandan's own readers.
///
/// ``AtomicFile/writeSet(_:sparing:)`` holds the exclusive lock on each target folder while it
/// renames its staged files into place; a reader of several files of one folder (a CSV edge
/// table and its node table, a dataset folder) holds the shared lock while it opens and reads
/// them. Two writers of the same set therefore never interleave their renames, and a Sandan
/// reader sees one whole set. Programs that do not take the lock can still open one file of the
/// set before the renames and another after them (the renames take microseconds).
///
/// A folder that cannot be opened for reading is not locked (the write or read goes on).
enum FolderLock {
    /// Runs `body` holding the lock of `folder` (`exclusive`: for writing; otherwise shared, for
    /// reading); blocks until the lock is granted.
    static func holding<T, E: Error>(_ folder: String, exclusive: Bool, _ body: () throws(E) -> T) throws(E) -> T {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        if descriptor >= 0 {
            while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 && errno == EINTR {}
        }
        return try body()
    }
}
