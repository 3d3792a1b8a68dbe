/// A DOT graph as a plain Swift value: what Sandan hands to Graphviz, testable without C.
///
/// Ids are synthetic and always quoted: node `i` is `"n<i>"` and cluster `j` is
/// `"cluster_<j>"` (each cluster its own id; a subgraph named twice would be one box). A node
/// belongs to at most one cluster, and clusters do not nest, so the layouts never meet the
/// "node in two clusters" crash of Graphviz 2.42. Every node is written, with or without
/// attributes and edges, so isolated nodes are drawn.
///
/// ``text`` is stable: nodes, clusters and edges in index order and attributes in name order,
/// so the same document always gives byte-identical DOT.
public struct DOTDocument: Sendable, Hashable {
    public var isDirected: Bool
    /// Graph attributes (`graph [...]`).
    public var graphAttributes: DOTAttributes = [:]
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes = [:]
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes = [:]
    /// The nodes; node `i` is written `"n<i>"`.
    public var nodes: [DOTNode] = []
    /// The edges between node indices.
    public var edges: [DOTEdge] = []
    /// The clusters that ``DOTNode/cluster`` refers to.
    public var clusters: [DOTCluster] = []

    public init(isDirected: Bool) { self.isDirected = isDirected }
}

/// A node of a ``DOTDocument``.
public struct DOTNode: Sendable, Hashable {
    public var attributes: DOTAttributes
    /// The index of the node's cluster in ``DOTDocument/clusters``, or nil.
    public var cluster: Int?

    public init(attributes: DOTAttributes = [:], cluster: Int? = nil) {
        self.attributes = attributes
        self.cluster = cluster
    }
}

/// An edge of a ``DOTDocument``, from node index `tail` to node index `head`.
public struct DOTEdge: Sendable, Hashable {
    public var tail: Int, head: Int
    public var attributes: DOTAttributes

    public init(tail: Int, head: Int, attributes: DOTAttributes = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// A cluster (`subgraph "cluster_<j>"`): a box drawn around its nodes by `dot`, `fdp` and
/// `neato` (`sfdp`, `circo` and `twopi` ignore clusters).
public struct DOTCluster: Sendable, Hashable {
    public var attributes: DOTAttributes

    public init(attributes: DOTAttributes = [:]) { self.attributes = attributes }
}

extension DOTDocument {
    /// The document as DOT text. O(size of the output).
    public var text: String {
        var out = (isDirected ? "digraph" : "graph") + " \"sandan\" {\n"
        func statement(_ head: String, _ attributes: DOTAttributes, indent: String) {
            let list = attributes.dotList
            out += indent + head + (list.isEmpty ? "" : " " + list) + ";\n"
        }
        statement("graph", graphAttributes, indent: "\t")
        if !nodeDefaults.isEmpty { statement("node", nodeDefaults, indent: "\t") }
        if !edgeDefaults.isEmpty { statement("edge", edgeDefaults, indent: "\t") }
        var members = [[Int]](repeating: [], count: clusters.count)
        var free: [Int] = []
        for (i, node) in nodes.enumerated() {
            if let c = node.cluster, clusters.indices.contains(c) { members[c].append(i) } else { free.append(i) }
        }
        for (c, cluster) in clusters.enumerated() {
            out += "\tsubgraph \"cluster_\(c)\" {\n"
            statement("graph", cluster.attributes, indent: "\t\t")
            for i in members[c] { statement("\"n\(i)\"", nodes[i].attributes, indent: "\t\t") }
            out += "\t}\n"
        }
        for i in free { statement("\"n\(i)\"", nodes[i].attributes, indent: "\t") }
        let arrow = isDirected ? " -> " : " -- "
        for edge in edges where nodes.indices.contains(edge.tail) && nodes.indices.contains(edge.head) {
            statement("\"n\(edge.tail)\"" + arrow + "\"n\(edge.head)\"", edge.attributes, indent: "\t")
        }
        out += "}\n"
        return out
    }
}
