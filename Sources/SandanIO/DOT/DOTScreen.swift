/// Checks a DOT text against ``InputLimits`` before libcgraph parses it: cgraph has no limits of
/// its own, and runs inside this process.
///
/// - **Edges** (``InputLimits/edges``): an edge statement between groups multiplies, so 70 KB
///   of `graph { {a0 … a5999} -- {b0 … b5999} }` make 36 million edges (cgraph then crashes
///   with SIGSEGV). The screen counts, statement by statement, p × q edges for each `--` or
///   `->` between operands of p and q nodes (a node ID is 1, a `{…}` group is the number of
///   node IDs written inside it, nested groups included), and stops as soon as the sum passes
///   the limit. This bounds what cgraph makes from above: attribute assignments inside a group
///   (`rank=same`) count as IDs.
/// - **Attribute names** (``InputLimits/attributes``): cgraph adds every new attribute name to
///   every node or edge made before it, so 5,000 nodes each with its own attribute take a
///   minute. The screen counts distinct names assigned inside `[…]` lists.
/// - **Attribute cells** (``InputLimits/attributeCells``): for each new name, the objects that
///   exist by then (an upper bound: node IDs and edges so far), summed.
/// - **Strings** (``InputLimits/stringBytes``): cgraph's scanner slows down quadratically on
///   long strings (4 MB take 15 s, 50 MB never end); an ID, a quoted or HTML string, or a run
///   of quoted strings joined with `+`, longer than the limit is refused. Single tokens are
///   measured first on the bytes (``firstLongToken(_:limit:)``), so that a 50 MB string is
///   refused before the slower lexer walks through it.
///
/// Errors are at the token where the limit is passed. Complexity: O(bytes) time (a pass over
/// the bytes, then one of ``DOTLexer``), O(distinct attribute names + group nesting) memory
/// beyond a copy of the bytes.
enum DOTScreen {
    static func check(_ text: String, file: String, limits: InputLimits) throws(InputError) {
        let bytes = Array(text.utf8)
        if let (start, length) = firstLongToken(bytes, limit: limits.stringBytes) {
            let (line, column) = TextDecoding.position(of: start, in: bytes[...])
            throw InputError(file: file, line: line, column: column, "a string of \(InputLimits.bytes(length)) is longer than a DOT "
                + "string may be" + limits.exceeded(.stringBytes))
        }
        var lexer = DOTLexer(text)
        /// Node IDs written in each open `{…}` group, innermost last, with the left operand
        /// waiting outside it (`a -- {…}`).
        var groups: [(size: Int, left: Int?)] = []
        var bracketDepth = 0
        var edges = 0
        var objects = 0
        var cells = 0
        var names: Set<String> = []
        /// The size of the operand just completed, and of the one before an edge operator.
        var lastOperand: Int?
        var left: Int?
        var previous: DOTLexer.Token?
        var joined = 0
        func fail(_ token: DOTLexer.Token, _ message: String, _ kind: InputLimits.Kind) -> InputError {
            InputError(file: file, line: token.start.line, column: token.start.column, message + limits.exceeded(kind))
        }
        func operand(_ size: Int, at token: DOTLexer.Token) throws(InputError) {
            if let p = left {
                let (product, overflow) = p.multipliedReportingOverflow(by: size)
                let (sum, overflow2) = edges.addingReportingOverflow(product)
                guard !overflow, !overflow2, sum <= limits.edges else {
                    throw fail(token, "the edge statements so far make more than \(limits.edges) edges (an edge between groups of "
                        + "p and q nodes makes p × q)", .edges)
                }
                edges = sum
                objects += product
                left = nil
            }
            lastOperand = size
        }
        while let token = lexer.next() {
            defer { previous = token }
            if token.kind == .string {
                let length = token.value.utf8.count
                joined = previous?.isPunctuation("+") == true ? joined + length : length
                guard joined <= limits.stringBytes else {
                    throw fail(token, "a string of \(InputLimits.bytes(joined)) is longer than a DOT string may be", .stringBytes)
                }
            }
            if bracketDepth > 0 {
                if token.isPunctuation("]") {
                    bracketDepth -= 1
                } else if token.isPunctuation("="), let name = previous, name.isID, !names.contains(name.value) {
                    names.insert(name.value)
                    guard names.count <= limits.attributes else {
                        throw fail(name, "more than \(limits.attributes) distinct attribute names", .attributes)
                    }
                    cells += objects
                    guard cells <= limits.attributeCells else {
                        throw fail(name, "the attribute names so far need more than \(limits.attributeCells) cells (each new name "
                            + "is added to every node and edge before it)", .attributeCells)
                    }
                }
                continue
            }
            switch token.kind {
            case .punctuation where token.value == "[":
                bracketDepth += 1
            case .punctuation where token.value == "{":
                groups.append((0, left))
                left = nil
                lastOperand = nil
            case .punctuation where token.value == "}":
                let group = groups.popLast() ?? (0, nil)
                if !groups.isEmpty { groups[groups.count - 1].size += group.size }
                left = group.left
                try operand(group.size, at: token)
            case .punctuation where token.value == "--" || token.value == "->":
                left = lastOperand ?? 1
            case .punctuation where token.value == ":":
                continue
            case .punctuation:
                if token.value != "=" { lastOperand = nil }
            case .keyword:
                lastOperand = nil
            case .id, .string:
                // The name after `subgraph`, a port after `:` and the value after `=` are not nodes.
                if previous?.kind == .keyword && previous?.value.lowercased() == "subgraph" { continue }
                if previous?.isPunctuation(":") == true || previous?.isPunctuation("=") == true { continue }
                if !groups.isEmpty { groups[groups.count - 1].size += 1 }
                objects += 1
                try operand(1, at: token)
            }
        }
    }

    /// The first token of `bytes` longer than `limit` bytes, as (byte offset, length): a quoted
    /// string (between its quotes; a backslash escapes the next byte), an HTML string (between
    /// its outer `<` and `>`, nested pairs inside) or a run of ID characters (letters, digits,
    /// `_`, `.`, `-` and any byte of a non-ASCII character). Comments (`//` and `#` to the end
    /// of the line, `/* … */`) are skipped. A string that never ends runs to the end of the
    /// bytes. O(bytes), over the raw bytes.
    static func firstLongToken(_ bytes: [UInt8], limit: Int) -> (start: Int, length: Int)? {
        bytes.withUnsafeBufferPointer { b -> (Int, Int)? in
            let n = b.count
            var i = 0
            func isIDByte(_ c: UInt8) -> Bool {
                c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                    || c == 0x5F || c == 0x2E || c == 0x2D
            }
            while i < n {
                let c = b[i]
                if (c == 0x2F && i + 1 < n && b[i + 1] == 0x2F) || c == 0x23 {  // `//` or `#`
                    while i < n, b[i] != 0x0A { i += 1 }
                } else if c == 0x2F, i + 1 < n, b[i + 1] == 0x2A {  // `/*`
                    i += 2
                    while i + 1 < n, !(b[i] == 0x2A && b[i + 1] == 0x2F) { i += 1 }
                    i += 2
                } else if c == 0x22 {  // `"`
                    var j = i + 1
                    while j < n, b[j] != 0x22 { j += b[j] == 0x5C ? 2 : 1 }
                    if min(j, n) - i - 1 > limit { return (i, min(j, n) - i - 1) }
                    i = j + 1
                } else if c == 0x3C {  // `<`
                    var j = i + 1, depth = 1
                    while j < n, depth > 0 {
                        if b[j] == 0x3C { depth += 1 } else if b[j] == 0x3E { depth -= 1 }
                        j += 1
                    }
                    if j - i - 2 > limit { return (i, j - i - 2) }
                    i = j
                } else if isIDByte(c) {
                    var j = i + 1
                    while j < n, isIDByte(b[j]) { j += 1 }
                    if j - i > limit { return (i, j - i) }
                    i = j
                } else {
                    i += 1
                }
            }
            return nil
        }
    }
}
