import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files whole or not at all, and never over what must not be replaced.
///
/// What happens to each path depends on what it names (`OutputTarget`):
/// - **A regular file, or nothing yet**: the bytes go to a new file with a unique name in the
///   target's folder (`.sandan-XXXXXX`, created by `mkstemp`, so `O_CREAT|O_EXCL`: a name
///   planted in advance, symbolic link or not, is never opened), which gets the old file's
///   permissions, owner and group where the system allows (0666 less the umask for a new
///   file), is `fsync`ed and renamed over the target; the folder is then `fsync`ed. A symbolic
///   link is written through: the end of its chain is replaced and the link kept. Until the
///   rename, the temporary file is registered so that SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE,
///   SIGXCPU and SIGXFSZ remove it (see `sandan_staging.h`); any failure removes it too.
/// - **A device, FIFO or socket** (`/dev/null`, `/dev/full`, a named pipe) is opened and written
///   directly, never renamed over; its write errors (ENOSPC from `/dev/full`) are reported.
/// - **Standard output under another name** (`/dev/stdout`, `/proc/self/fd/1`, or the file
///   standard output is redirected to): written through descriptor 1, so pipes and `>>` work.
/// - **A folder**, **a symbolic link loop** (ELOOP), or **one of the `sparing` files** (the
///   command's inputs, compared by device and inode): refused before anything is written.
///
/// ## Sets of files
/// ``writeSet(_:sparing:)`` writes several files (a CSV edge table and its node table, a
/// Markdown report and its SVG diagrams) and removes stale ones, in this order: every regular
/// file is staged; devices are written; then, holding the exclusive `FolderLock` of each
/// target folder, files to remove are removed and the staged files renamed into place. If
/// anything fails before the renames, no regular file has changed. Two Sandan writers of the
/// same set never interleave their renames, so the set ends whole from one of them, and
/// Sandan's readers, which take the shared lock (``GraphFile/read(path:options:)``), see the
/// set before or after, never a mixture. Other programs, which do not lock, can observe the
/// microseconds between the first and last rename. A rename can fail only if a target
/// changes kind meanwhile (a folder appears in its place); the files renamed before it stay.
///
/// Foundation's `.atomic` option drops permissions, replaces a symbolic link or a device with a
/// regular file, and leaves its temporary file on a signal, which is why this exists.
public enum AtomicFile {
    /// Writes `data` to `path` (see the type's documentation).
    /// - Parameters:
    ///   - data: the bytes to write.
    ///   - path: the file, device, FIFO or standard output to write them to.
    ///   - sparing: files that must not be replaced (the command's inputs).
    /// - Throws: ``OutputError`` naming the path and the system's reason.
    /// - Complexity: O(bytes).
    public static func write(_ data: Data, to path: String, sparing: Set<FileIdentity> = []) throws(OutputError) {
        try writeSet([(path, data)], sparing: sparing)
    }

    /// Writes `text` as UTF-8 to `path` (see ``write(_:to:sparing:)-(Data,_,_)``).
    public static func write(_ text: String, to path: String, sparing: Set<FileIdentity> = []) throws(OutputError) {
        try write(Data(text.utf8), to: path, sparing: sparing)
    }

    /// Writes (`data` given) or removes (`data` nil) each file of a set, so that the set
    /// changes as one (see "Sets of files" above).
    /// - Throws: ``OutputError`` naming the first path that could not be written or removed.
    /// - Complexity: O(total bytes).
    public static func writeSet(_ files: [(path: String, data: Data?)], sparing: Set<FileIdentity> = []) throws(OutputError) {
        let targets = try files.map { (file) throws(OutputError) in
            (file, try OutputTarget(file.path, sparing: sparing))
        }
        var staged: [StagedFile] = []
        defer { for file in staged { file.discard() } }
        for (file, target) in targets {
            guard let data = file.data, case .replace(let end, let existing) = target else { continue }
            staged.append(try StagedFile(data, for: end, existing: existing, reportedAs: file.path))
        }
        for (file, target) in targets {
            guard let data = file.data else { continue }
            switch target {
            case .device:
                try DescriptorOutput.write(data, toDeviceAt: file.path)
            case .standardOutput:
                try DescriptorOutput.write(data, to: STDOUT_FILENO, reportedAs: file.path)
            case .replace:
                break
            }
        }
        let removals = targets.compactMap { file, target -> String? in
            guard file.data == nil, case .replace = target else { return nil }
            return file.path
        }
        let folders = Set(staged.map(\.folder) + removals.map(StagedFile.folder(of:))).sorted()
        try holdingLocks(folders[...]) { () throws(OutputError) in
            for path in removals where unlink(path) != 0 && errno != ENOENT {
                throw OutputError(file: path, "cannot remove the stale file: \(String(cString: strerror(errno)))")
            }
            while !staged.isEmpty {
                try staged[0].commit()
                staged.removeFirst()
            }
        }
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        }
    }

    /// Runs `body` holding the exclusive locks of `folders`, taken in sorted order (so two
    /// writers cannot deadlock).
    private static func holdingLocks(_ folders: ArraySlice<String>, _ body: () throws(OutputError) -> Void) throws(OutputError) {
        guard let first = folders.first else { return try body() }
        try FolderLock.holding(first, exclusive: true) { () throws(OutputError) in
            try holdingLocks(folders.dropFirst(), body)
        }
    }
}
