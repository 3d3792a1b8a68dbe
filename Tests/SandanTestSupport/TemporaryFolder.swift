import Foundation

/// A fresh, empty folder under the system's temporary directory, removed with everything in it
/// when the value is released (keep it alive with the test: `let folder = TemporaryFolder()`).
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates the folder; stops the test process when the temporary directory cannot hold a
    /// folder (nothing a test could check would mean anything then).
    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sandan-tests-" + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the temporary folder \(url.path): \(error)")
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder's path.
    public var path: String { url.path }

    /// The URL of `name` inside the folder.
    public func url(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url(name).path }

    /// Writes `text` (UTF-8) to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    /// Writes `bytes` to `name` and returns its path; stops the test process when it cannot.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let path = file(name)
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
        return path
    }

    /// The names of the entries in the folder, sorted.
    public var contents: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
}

/// The file type of `path` (`S_IFREG`, `S_IFCHR`, `S_IFIFO`, `S_IFLNK`…), not following a
/// symbolic link; 0 when there is nothing at `path`.
public func fileType(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
}
