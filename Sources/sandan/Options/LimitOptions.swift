import ArgumentParser
import SandanIO

/// The input limits (`InputLimits`) as options, shared by every command that reads a
/// GRAPH. Each error that a limit stops names its option.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-input-size"), help: ArgumentHelp(
        "Largest input file read, in bytes or with a suffix K, M or G. Pipes and devices are read up to it.",
        valueName: "size"))
    var maxInputSize: ByteSize = ByteSize(bytes: InputLimits().inputBytes)

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp(
        "Most nodes a file may declare without listing them (Pajek *Vertices).", valueName: "n"))
    var maxNodes = InputLimits().nodes

    @Option(name: .customLong("max-edges"), help: ArgumentHelp(
        "Most edges a DOT file's statements may make (an edge between groups of p and q nodes makes p × q).", valueName: "n"))
    var maxEdges = InputLimits().edges

    @Option(name: .customLong("max-attributes"), help: ArgumentHelp(
        "Most distinct node (and edge) attribute names in a file, and attributes on one XML element.", valueName: "n"))
    var maxAttributes = InputLimits().attributes

    @Option(name: .customLong("max-attribute-cells"), help: ArgumentHelp(
        "Most attribute cells (attribute names × nodes or edges) a file may need.", valueName: "n"))
    var maxAttributeCells = InputLimits().attributeCells

    @Option(name: .customLong("max-string-size"), help: ArgumentHelp(
        "Longest DOT string or XML attribute value, in bytes or with a suffix K, M or G.", valueName: "size"))
    var maxStringSize: ByteSize = ByteSize(bytes: InputLimits().stringBytes)

    func validate() throws {
        for (value, option) in [(maxNodes, "--max-nodes"), (maxEdges, "--max-edges"), (maxAttributes, "--max-attributes"),
                                (maxAttributeCells, "--max-attribute-cells"), (maxInputSize.bytes, "--max-input-size"),
                                (maxStringSize.bytes, "--max-string-size")] where value < 1 {
            throw ValidationError("\(option) must be at least 1")
        }
    }

    /// The limits these options set.
    var limits: InputLimits {
        InputLimits(inputBytes: maxInputSize.bytes, nodes: maxNodes, edges: maxEdges, attributes: maxAttributes,
                    attributeCells: maxAttributeCells, stringBytes: maxStringSize.bytes)
    }
}

/// A number of bytes written as digits with an optional suffix K, M, G or T (powers of 1024,
/// case-insensitive, an optional `B` or `iB` after it): `65536`, `64K`, `256M`, `1GiB`.
struct ByteSize: ExpressibleByArgument, Equatable {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var text = Substring(argument.uppercased())
        if text.hasSuffix("IB") { text = text.dropLast(2) } else if text.hasSuffix("B") { text = text.dropLast() }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        var shift = 0
        if let last = text.last, let s = shifts[last] {
            shift = s
            text = text.dropLast()
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else { return nil }
        let (value, overflow) = n.multipliedReportingOverflow(by: 1 << shift)
        guard !overflow else { return nil }
        bytes = value
    }

    /// `256M` for 256 MiB: the largest suffix that divides the count.
    var defaultValueDescription: String {
        for (shift, suffix) in [(40, "T"), (30, "G"), (20, "M"), (10, "K")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(suffix)"
        }
        return String(bytes)
    }
}
