import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files whole or not at all.
///
/// The bytes go to a temporary file in the target's folder (created with `O_EXCL`), which is
/// given the old file's permissions (or 0644 less the umask for a new file), `fsync`ed, and
/// renamed over the target; the folder is then `fsync`ed. When the target is a symbolic link,
/// the link's final target is replaced and the link kept. On any failure the temporary file is
/// removed and the old file is untouched. (Foundation's `.atomic` option drops permissions and
/// replaces a symlink with a regular file, which is why this exists.)
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    /// - Throws: ``InputError`` naming the path and the system's reason.
    public static func write(_ data: Data, to path: String) throws(InputError) {
        let target = resolvedTarget(path)
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var template = Array((folder + "/.sandan-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path, "cannot create a file in \(folder)") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        var mode: mode_t
        var info = stat()
        if stat(target, &info) == 0 {
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        let synced = written && fchmod(fd, mode) == 0 && fsync(fd) == 0
        close(fd)
        guard synced else { throw failure(path, "cannot write: \(String(cString: strerror(errno)))") }
        guard rename(temporary, target) == 0 else { throw failure(path, "cannot replace: \(String(cString: strerror(errno)))") }
        ok = true
        let dir = open(folder, O_RDONLY)
        if dir >= 0 { fsync(dir); close(dir) }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes several files so that either all are replaced or (as far as the file system
    /// allows) none: every file is first written beside its target, then all are renamed.
    public static func writeAll(_ files: [(path: String, data: Data)]) throws(InputError) {
        var staged: [(temporary: String, target: String)] = []
        do {
            for file in files {
                let staging = file.path + ".sandan-staged"
                try write(file.data, to: staging)
                staged.append((staging, resolvedTarget(file.path)))
            }
        } catch {
            for s in staged { unlink(s.temporary) }
            throw error
        }
        for (k, s) in staged.enumerated() where rename(s.temporary, s.target) != 0 {
            let reason = String(cString: strerror(errno))
            for left in staged[k...] { unlink(left.temporary) }
            throw failure(s.target, "cannot replace: \(reason)")
        }
    }

    /// The file a write to `path` should replace: the end of a chain of symbolic links.
    static func resolvedTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        return current
    }

    private static func failure(_ path: String, _ reason: String) -> InputError {
        InputError(file: path, reason)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
