import CSandanStaging
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A complete copy of an output file, written beside its target under a unique name and
/// registered for removal on a terminal signal, waiting to be renamed into place.
struct StagedFile {
    /// The temporary file.
    let path: String
    /// The file it replaces.
    let target: String
    /// The path the user gave (for messages).
    let reportedAs: String

    var folder: String { Self.folder(of: target) }

    /// The folder holding `path` (`.` for a bare name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Writes `data` to a new file in `target`'s folder with `existing`'s permissions, owner
    /// and group (or 0666 less the umask), and `fsync`s it.
    /// - Throws: ``OutputError`` naming `reportedAs`; nothing is left behind.
    init(_ data: Data, for target: String, existing: stat?, reportedAs: String) throws(OutputError) {
        var template = Array((Self.folder(of: target) + "/.sandan-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { sandan_staging_create($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(file: reportedAs, "cannot create a file in \(Self.folder(of: target)): \(String(cString: strerror(errno)))")
        }
        self.path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        self.target = target
        self.reportedAs = reportedAs
        let mode: mode_t
        if let existing {
            mode = existing.st_mode & 0o7777
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        } else {
            mode = 0o666 & ~Self.umaskValue
        }
        var failure = DescriptorOutput.writeAll(data, to: descriptor)
        if failure == nil && (fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0) { failure = errno }
        close(descriptor)
        if let failure {
            discard()
            throw OutputError(file: reportedAs, "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Renames the file over its target.
    func commit() throws(OutputError) {
        guard rename(path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(file: reportedAs, "cannot replace: \(reason)")
        }
        sandan_staging_forget(path)
    }

    /// Removes the file (after a failure) and unregisters it.
    func discard() {
        unlink(path)
        sandan_staging_forget(path)
    }

    /// The process's umask, read once (reading it means setting it, which is not thread-safe).
    private static let umaskValue: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()
}
