import Foundation
import SandanGraph
import SandanIO

/// One libFuzzer binary for every reader; `SANDAN_FUZZ_FORMAT` picks the reader (`edges`,
/// `csv`, `json`, `graphml`, `gexf`, `gml`, `net`, `dot`).
///
/// Each input is read; a reader may refuse it with an ``InputError`` but must not crash, hang
/// or use unbounded memory. When it is read, the graph is written back in the same format and
/// read again, and that must give the same ids, edges and kinds (the writer may refuse a graph
/// the format cannot carry, with an ``OutputError``). A failed check traps, which libFuzzer
/// reports as a crash with the input saved.
///
/// Every read goes through ``limits``, the readers' resource limits set well below the
/// defaults, so that an input that explodes (a DOT edge statement between large groups, an
/// attribute name per node, a huge `*Vertices` count) is refused by the limit it passes instead
/// of exhausting the fuzzer's memory (`-rss_limit_mb`) or time (`-timeout`): finding those is
/// the limits' job, and a limit that fails to hold shows up as an out-of-memory or a time-out.
enum FuzzTarget {
    /// Limits scaled so that whatever an input of at most 16 KiB (`-max_len`) is allowed to
    /// make — 100,000 edges or 200,000 declared nodes, 2²⁰ attribute cells — is read well within
    /// the 10 s time-out and 2 GB of memory; anything larger must be refused by its limit.
    static let limits = InputLimits(inputBytes: 1 << 20, nodes: 200_000, edges: 100_000, attributes: 64,
                                    attributeCells: 1 << 20, stringBytes: 16 << 10)

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

    static func options(_ directed: Bool?) -> ReadOptions { ReadOptions(directed: directed, limits: limits) }

    static func read(_ bytes: [UInt8], file: String = "fuzz", directed: Bool? = nil) throws(InputError) -> Graph {
        switch format {
        case .edgeList: try EdgeListFormat.read(bytes, file: file, options: options(directed)).graph
        case .csv: try CSVFormat.read(bytes, file: file, options: options(directed)).graph
        case .json: try NodeLinkJSON.read(try TextDecoding.decode(bytes, file: file), file: file, options: options(nil)).graph
        case .graphml: try GraphMLFormat.read(bytes, file: file, options: options(nil)).graph
        case .gexf: try GEXFFormat.read(bytes, file: file, options: options(nil)).graph
        case .gml: try GMLFormat.read(bytes, file: file, options: options(nil)).graph
        case .pajek: try PajekFormat.read(bytes, file: file, options: options(nil)).graph
        case .dot: try DOTReader.read(bytes, file: file, options: options(nil)).graph
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
            case .xlsx, .ucinet: return nil
            case .csv, .dataset:
                let path = folder + "/g.csv"
                try GraphFile.write(graph, to: path)
                return try GraphFile.read(path: path, options: options(graph.isDirected)).graph
            }
            return try read([UInt8](data), file: "out", directed: graph.isDirected)
        } catch {
            // A writer's refusal (OutputError) or a read-back failure (InputError) of the
            // round trip's own files; anything else is a bug.
            let file = (error as? OutputError)?.file ?? (error as? InputError)?.location.file
            guard let file, file == "out" || file.hasPrefix(folder) else {
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
