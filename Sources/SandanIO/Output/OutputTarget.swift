#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output path names, and so how ``AtomicFile`` writes it.
enum OutputTarget {
    /// A regular file (`existing` holds its status) or nothing yet: staged and renamed over
    /// `file`, the end of the path's chain of symbolic links.
    case replace(file: String, existing: stat?)
    /// A device, FIFO or socket: written in place.
    case device
    /// The file open as standard output: written through descriptor 1.
    case standardOutput

    /// Classifies `path`.
    /// - Throws: ``OutputError`` when `path` is a folder, a symbolic link loop, unreachable, or
    ///   one of `sparing`.
    init(_ path: String, sparing: Set<FileIdentity>) throws(OutputError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            guard error == ENOENT else { throw OutputError(file: path, "cannot write: \(String(cString: strerror(error)))") }
            self = .replace(file: try Self.endOfLinks(path), existing: nil)
            return
        }
        let identity = FileIdentity(info)
        if sparing.contains(identity) {
            throw OutputError(file: path, "is a file this command read; refusing to replace it (write the result to another file)")
        }
        if identity == FileIdentity(descriptor: STDOUT_FILENO) {
            self = .standardOutput
        } else if info.st_mode & S_IFMT == S_IFDIR {
            throw OutputError(file: path, "cannot write: it is a folder")
        } else if info.st_mode & S_IFMT == S_IFREG {
            self = .replace(file: try Self.endOfLinks(path), existing: info)
        } else {
            self = .device
        }
    }

    /// The end of the chain of symbolic links starting at `path` (`path` itself when it is
    /// not a link). Relative links are resolved from the folder of the link.
    /// - Throws: ELOOP's message after 40 links, as the kernel counts.
    static func endOfLinks(_ path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : StagedFile.folder(of: current) + "/" + link
        }
        throw OutputError(file: path, "cannot write: \(String(cString: strerror(ELOOP)))")
    }
}
