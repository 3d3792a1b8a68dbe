import Foundation
import SandanGraph
import SandanIO

/// One libFuzzer binary for every reader; `SANDAN_FUZZ_FORMAT` picks the reader (`edges`,
/// `csv`, `json`, `graphml`, `gexf`, `gml`, `net`, `dot`).
///
/// Each input is read; a reader may refuse it with an ``InputError`` but must not crash, hang
/// or use unbounded memory. When it is read, the graph is written back in the same format and
/// read again, and that must give the same ids, edges and kinds (the writer may refuse a graph
/// the format cannot carry, with an ``InputError``). A failed check traps, which libFuzzer
/// reports as a crash with the input saved.
enum FuzzTarget {
    static let format: GraphFormat = {
        let name = ProcessInfo.processInfo.environment["SANDAN_FUZZ_FORMAT"] ?? ""
        guard let format = GraphFormat(rawValue: name), format != .dataset else {
            let names = GraphFormat.allCases.filter { ![.dataset, .xlsx, .ucinet].contains($0) }.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set SANDAN_FUZZ_FORMAT to one of: \(names)\n".utf8))
            exit(2)
        }
        return format
    }()

    /// Where CSV round-trips put their two tables (tmpfs when there is one, so fsync is cheap).
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        let path = base + "sandan-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func read(_ bytes: [UInt8], file: String = "fuzz", directed: Bool? = nil) throws(InputError) -> Graph {
        switch format {
        case .edgeList: try EdgeListFormat.read(bytes, file: file, options: ReadOptions(directed: directed)).graph
        case .csv: try CSVFormat.read(bytes, file: file, options: ReadOptions(directed: directed)).graph
        case .json: try NodeLinkJSON.read(try TextDecoding.decode(bytes, file: file), file: file).graph
        case .graphml: try GraphMLFormat.read(bytes, file: file).graph
        case .gexf: try GEXFFormat.read(bytes, file: file).graph
        case .gml: try GMLFormat.read(bytes, file: file).graph
        case .pajek: try PajekFormat.read(bytes, file: file).graph
        case .dot: try DOTReader.read(bytes, file: file).graph
        case .dataset, .xlsx, .ucinet: throw InputError(file: file, "not fuzzed")
        }
    }

    /// `graph` written in the fuzzed format and read back, or nil when the writer refuses it.
    static func roundTrip(_ graph: Graph) -> Graph? {
        do {
            let data: Data
            switch format {
            case .edgeList: data = try EdgeListFormat.write(graph, file: "out")
            case .json: data = NodeLinkJSON.write(graph)
            case .graphml: data = try GraphMLFormat.write(graph, file: "out")
            case .gexf: data = try GEXFFormat.write(graph, file: "out")
            case .gml: data = try GMLFormat.write(graph, file: "out")
            case .pajek: data = try PajekFormat.write(graph, file: "out")
            case .dot: data = try DOTWriter.write(graph, file: "out")
            case .csv, .dataset, .xlsx, .ucinet:
                let path = folder + "/g.csv"
                try GraphFile.write(graph, to: path)
                return try GraphFile.read(path: path, options: ReadOptions(directed: graph.isDirected)).graph
            }
            return try read([UInt8](data), file: "out", directed: graph.isDirected)
        } catch {
            guard error.location.file == "out" || error.location.file.hasPrefix(folder) else {
                fatalError("unexpected error in the round trip: \(error)")
            }
            return nil
        }
    }

    /// Traps unless `b` has the ids, edges and kinds of `a`. The edge list keeps no kinds and
    /// writes isolated nodes last, so there only the set of ids is compared.
    static func check(_ b: Graph, against a: Graph, when: String) {
        func edges(_ g: Graph, kinds: Bool) -> [String] {
            (0..<g.edgeCount).map { "\(g.ids[g.source(of: $0)])\u{0}\(g.ids[g.target(of: $0)])\u{0}\(kinds ? g.kind(of: $0) : "")" }
        }
        let edgeList = format == .edgeList
        let sameIds = edgeList ? Set(b.ids.all) == Set(a.ids.all) : b.ids.all == a.ids.all
        guard b.isDirected == a.isDirected, sameIds, edges(b, kinds: !edgeList) == edges(a, kinds: !edgeList) else {
            fatalError("\(when): the graph read back differs (\(a.nodeCount)/\(a.edgeCount) → \(b.nodeCount)/\(b.edgeCount))")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    guard let graph = try? FuzzTarget.read(bytes) else { return 0 }
    guard let back = FuzzTarget.roundTrip(graph) else { return 0 }
    FuzzTarget.check(back, against: graph, when: "write then read")
    return 0
}
