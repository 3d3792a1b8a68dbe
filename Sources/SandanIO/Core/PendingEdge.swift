import SandanGraph

/// An edge an XML reader has seen before all nodes are known (GraphML and GEXF may declare
/// edges before their ends): its end ids, kind, and where it stands in the file.
struct PendingEdge {
    var source: String
    var target: String
    var kind: String
    var location: SourceLocation
}

extension GraphBuilder {
    /// Adds `edges` in order, between nodes that must already exist.
    /// - Throws: ``InputError`` at the first edge whose end is not a declared node.
    /// - Complexity: O(edges) expected.
    mutating func addPendingEdges(_ edges: [PendingEdge]) throws(InputError) {
        reserveEdges(edges.count)
        for edge in edges {
            guard let u = index(of: edge.source) else {
                throw InputError(edge.location, "edge source \(IdentifierCheck.quoted(edge.source)) is not a declared node")
            }
            guard let v = index(of: edge.target) else {
                throw InputError(edge.location, "edge target \(IdentifierCheck.quoted(edge.target)) is not a declared node")
            }
            addEdge(u, v, kind: edge.kind)
        }
    }
}
