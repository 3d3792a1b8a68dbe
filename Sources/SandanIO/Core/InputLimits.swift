import Foundation

/// The resources one input file may make a reader use. Every reader checks the limits that
/// apply to its format before the resource is spent, and an error names the limit and the
/// command-line option that raises it.
///
/// Why each exists (issue 13): readers load the whole file, so its size bounds memory
/// (``inputBytes``); some files describe far more than they hold — a Pajek `*Vertices` count
/// (``nodes``), DOT edge statements between groups, `{a0 … a5999} -- {b0 … b5999}` making 36
/// million edges from 70 KB (``edges``); attribute columns are dense, so a file whose nodes each
/// bring their own attribute name needs nodes × names cells (``attributeCells``); and libxml2
/// and cgraph slow down quadratically with many attributes on one element or many attribute
/// names (``attributes``) and with long strings (``stringBytes``).
public struct InputLimits: Sendable, Equatable {
    /// Bytes of one input file (`--max-input-size`). Default 256 MiB. Files that are not
    /// regular (a FIFO, a device) are read up to this many bytes, then refused.
    public var inputBytes: Int
    /// Nodes a file may declare without writing each (Pajek's `*Vertices` count) (`--max-nodes`).
    /// Default 10 million.
    public var nodes: Int
    /// Edges a DOT file's statements may make, counted before Graphviz's parser sees the file: an
    /// edge statement between two groups of p and q nodes makes p × q (`--max-edges`). Default
    /// 5 million.
    public var edges: Int
    /// Distinct attribute names of nodes (and, separately, of edges) in one file — for DOT,
    /// of nodes, edges and graphs together — and attributes on one XML element
    /// (`--max-attributes`). Default 256.
    public var attributes: Int
    /// Attribute cells a file's attribute columns may need: names × rows, for the node columns
    /// and for the edge columns each; for DOT, the cells Graphviz's parser fills
    /// (`--max-attribute-cells`).
    /// Default 2²⁵ (33,554,432).
    public var attributeCells: Int
    /// Bytes of one DOT string or ID, and of one XML attribute value (`--max-string-size`).
    /// Default 64 KiB (Graphviz itself refuses quoted strings over 16 KB).
    public var stringBytes: Int

    public init(inputBytes: Int = 256 << 20, nodes: Int = 10_000_000, edges: Int = 5_000_000,
                attributes: Int = 256, attributeCells: Int = 1 << 25, stringBytes: Int = 64 << 10) {
        self.inputBytes = inputBytes
        self.nodes = nodes
        self.edges = edges
        self.attributes = attributes
        self.attributeCells = attributeCells
        self.stringBytes = stringBytes
    }

    /// A limit, for messages: what it bounds and the option that raises it.
    public enum Kind: Sendable {
        case inputBytes, nodes, edges, attributes, attributeCells, stringBytes

        /// The command-line option that raises the limit.
        public var option: String {
            switch self {
            case .inputBytes: "--max-input-size"
            case .nodes: "--max-nodes"
            case .edges: "--max-edges"
            case .attributes: "--max-attributes"
            case .attributeCells: "--max-attribute-cells"
            case .stringBytes: "--max-string-size"
            }
        }
    }

    /// The value of limit `kind`.
    public subscript(kind: Kind) -> Int {
        switch kind {
        case .inputBytes: inputBytes
        case .nodes: nodes
        case .edges: edges
        case .attributes: attributes
        case .attributeCells: attributeCells
        case .stringBytes: stringBytes
        }
    }

    /// The end of a message about limit `kind`: "; the limit is N (raise it with --option)".
    func exceeded(_ kind: Kind) -> String {
        let value = self[kind]
        let shown = kind == .inputBytes || kind == .stringBytes ? Self.bytes(value) : String(value)
        return "; the limit is \(shown) (raise it with \(kind.option))"
    }

    /// `n` bytes for a message: `268435456 bytes (256 MiB)`.
    static func bytes(_ n: Int) -> String {
        let units = [(40, "TiB"), (30, "GiB"), (20, "MiB"), (10, "KiB")]
        guard let (shift, unit) = units.first(where: { n >= 1 << $0.0 }) else { return "\(n) bytes" }
        let value = Double(n) / Double(1 << shift)
        let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        return "\(n) bytes (\(text) \(unit))"
    }
}
