import Foundation
import SandanClusters
import SandanIO

/// The files this run has read (by device and inode), so that no output replaces one of them:
/// `sandan analyze g.csv -o g.csv` would otherwise replace the graph with a table. `convert`
/// alone may write over its input (in-place conversion).
enum ReadInputs {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var identities: Set<FileIdentity> = []

    /// Records the files read for the graph at `path` (see ``GraphFile/filesRead(path:folder:)``).
    static func record(graphAt path: String) {
        let read = GraphFile.filesRead(path: path, folder: DatasetSchema.folder).compactMap(FileIdentity.init(path:))
        lock.withLock { identities.formUnion(read) }
    }

    /// Every file recorded so far.
    static var all: Set<FileIdentity> { lock.withLock { identities } }
}
