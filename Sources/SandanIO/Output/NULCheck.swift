import SandanGraph

/// Refuses to write a graph holding a NUL character (U+0000) into a text format that cannot
/// carry one: CSV, edge list, Pajek, DOT and GML.
///
/// Node-link JSON accepts `\u0000` (with a warning), so a graph can hold NUL; written raw into
/// a text file it makes a file that Sandan's readers (and most tools) refuse as binary. JSON
/// escapes it and round-trips; GraphML and GEXF refuse it in their XML escaping
/// (``XMLOutput``), since XML 1.0 forbids it.
///
/// Complexity: O(total length of ids, kinds, attribute names and string values).
enum NULCheck {
    /// Throws when an id, a kind, an attribute name or a string attribute value of `graph`
    /// holds U+0000; the message names which, shows it escaped, and says what to do.
    static func refuse(_ graph: Graph, file: String, format: String) throws(OutputError) {
        func check(_ text: String, _ what: @autoclosure () -> String) throws(OutputError) {
            guard text.utf8.contains(0) else { return }
            throw OutputError(file: file, "\(what()) \(IdentifierCheck.escaped(text)) holds a NUL character (U+0000), which \(format) cannot carry; remove it, or write .json, which escapes it")
        }
        for v in 0..<graph.nodeCount { try check(graph.ids[v], "node id") }
        for kind in graph.kinds { try check(kind, "edge kind") }
        for (table, element) in [(graph.nodeAttributes, "node"), (graph.edgeAttributes, "edge")] {
            for name in table.names {
                try check(name, "\(element) attribute name")
                guard case .string(let values)? = table[name] else { continue }
                for value in values { if let value { try check(value, "\(element) attribute '\(name)' value") } }
            }
        }
    }
}
