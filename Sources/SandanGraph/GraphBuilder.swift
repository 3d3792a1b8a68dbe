/// Builds a ``Graph``: all mutation of a graph happens here.
///
/// Add nodes by id (or let ``addEdge(_:_:kind:)-(String,_,_)`` add them), add edges, set attributes, then
/// call ``build()``. Building sorts the arcs into compressed sparse rows with a counting sort:
/// O(n + m) time, and memory for the endpoints plus one or two row arrays.
///
/// ```swift
/// var builder = GraphBuilder(directed: false)
/// let e = builder.addEdge("gumi", "daegu-seongseo", kind: "anchor-link")
/// try builder.setEdgeAttribute("year", edge: e, .integer(2019))
/// let graph = builder.build()
/// ```
public struct GraphBuilder: Sendable {
    /// Whether the graph being built is directed.
    public let isDirected: Bool
    public private(set) var ids = NodeIDs()
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    /// Each edge's kind, or empty while every edge has the unnamed kind.
    private var kindIndex: [Int32] = []
    private var kinds: [String] = [""]
    private var kindLookup: [String: Int32] = ["": 0]
    private var nodeAttributes = AttributeTable()
    private var edgeAttributes = AttributeTable()

    public init(directed: Bool) { isDirected = directed }

    /// The number of nodes so far.
    public var nodeCount: Int { ids.count }
    /// The number of edges so far.
    public var edgeCount: Int { sources.count }

    /// Reserves room for `edges` edges.
    public mutating func reserveEdges(_ edges: Int) {
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
    }

    /// The index of node `id`, adding the node if it is new. O(1) expected.
    @discardableResult
    public mutating func addNode(_ id: String) -> Int { ids.insert(id).index }

    /// The index of the node whose id is the decimal integer `id`, adding it if new. Faster than
    /// ``addNode(_:)`` for integer ids. O(1) amortised.
    @discardableResult
    public mutating func addNode(integer id: Int) -> Int { ids.insertInteger(id).index }

    /// The index of node `id`, if it exists.
    public func index(of id: String) -> Int? { ids.index(of: id) }

    /// Adds an edge between node indices `u` and `v` and returns its index. O(1) amortised.
    @discardableResult
    public mutating func addEdge(_ u: Int, _ v: Int, kind: String = "") -> Int {
        precondition(u >= 0 && u < ids.count && v >= 0 && v < ids.count, "edge end out of range")
        sources.append(Int32(u))
        targets.append(Int32(v))
        let k = internKind(kind)
        if kinds.count > 1 {
            if kindIndex.isEmpty { kindIndex = [Int32](repeating: 0, count: sources.count - 1) }
            kindIndex.append(k)
        }
        return sources.count - 1
    }

    /// Adds an edge between the nodes with ids `u` and `v`, adding them if new.
    @discardableResult
    public mutating func addEdge(_ u: String, _ v: String, kind: String = "") -> Int {
        let a = addNode(u), b = addNode(v)
        return addEdge(a, b, kind: kind)
    }

    /// Sets attribute `name` of node `node`.
    /// - Throws: ``GraphError/attributeTypeMismatch(name:expected:found:)``.
    public mutating func setNodeAttribute(_ name: String, node: Int, _ value: AttributeValue) throws(GraphError) {
        nodeAttributes.grow(to: ids.count)
        try nodeAttributes.set(name, row: node, value)
    }

    /// Sets attribute `name` of edge `edge`.
    /// - Throws: ``GraphError/attributeTypeMismatch(name:expected:found:)``.
    public mutating func setEdgeAttribute(_ name: String, edge: Int, _ value: AttributeValue) throws(GraphError) {
        edgeAttributes.grow(to: sources.count)
        try edgeAttributes.set(name, row: edge, value)
    }

    /// Declares an (empty) node attribute column of `type`, so that it exists even when no node
    /// has a value.
    public mutating func declareNodeAttribute(_ name: String, type: AttributeType) {
        nodeAttributes.grow(to: ids.count)
        if nodeAttributes[name] == nil { nodeAttributes.setColumn(name, .empty(type, count: nodeAttributes.rowCount)) }
    }

    /// Declares an (empty) edge attribute column of `type`.
    public mutating func declareEdgeAttribute(_ name: String, type: AttributeType) {
        edgeAttributes.grow(to: sources.count)
        if edgeAttributes[name] == nil { edgeAttributes.setColumn(name, .empty(type, count: edgeAttributes.rowCount)) }
    }

    /// Sets a whole edge attribute column (one value per edge added so far).
    public mutating func setEdgeColumn(_ name: String, _ column: AttributeColumn) {
        edgeAttributes.grow(to: sources.count)
        edgeAttributes.setColumn(name, column)
    }

    /// Sets a whole node attribute column (one value per node added so far).
    public mutating func setNodeColumn(_ name: String, _ column: AttributeColumn) {
        nodeAttributes.grow(to: ids.count)
        nodeAttributes.setColumn(name, column)
    }

    private mutating func internKind(_ kind: String) -> Int32 {
        if kind.isEmpty { return 0 }
        if let k = kindLookup[kind] { return k }
        let k = Int32(kinds.count)
        kinds.append(kind)
        kindLookup[kind] = k
        return k
    }

    /// The finished graph. O(n + m).
    public consuming func build() -> Graph {
        let n = ids.count
        nodeAttributes.grow(to: n)
        edgeAttributes.grow(to: sources.count)
        let (kinds, kindIndex) = compactKinds()
        let out = CompressedRows(nodeCount: n, from: sources, to: targets, bothDirections: !isDirected)
        let incoming = isDirected
            ? CompressedRows(nodeCount: n, from: targets, to: sources, bothDirections: false)
            : CompressedRows(offsets: [], ends: [], edges: [])
        let graph = Graph(isDirected: isDirected, ids: ids, kinds: kinds, kindIndices: kindIndex,
                          nodeAttributes: nodeAttributes, edgeAttributes: edgeAttributes,
                          weights: nil, weightAttribute: nil, sources: sources, targets: targets,
                          outOffsets: out.offsets, outTargets: out.ends, outEdges: out.edges,
                          inOffsets: incoming.offsets, inSources: incoming.ends, inEdges: incoming.edges)
        graph.checkInvariants()
        return graph
    }

    /// Drops the unnamed kind when every edge has a named one, and the per-edge indices when
    /// only one kind is left.
    private func compactKinds() -> ([String], [Int32]) {
        guard kinds.count > 1, !kindIndex.contains(0) else { return (kinds, kindIndex) }
        return kinds.count == 2 ? ([kinds[1]], []) : (Array(kinds.dropFirst()), kindIndex.map { $0 - 1 })
    }
}

/// Compressed sparse rows: `offsets` (n + 1 entries), and for each arc its far end and edge.
struct CompressedRows {
    var offsets: [UInt32]
    var ends: [Int32]
    var edges: [Int32]

    init(offsets: [UInt32], ends: [Int32], edges: [Int32]) {
        self.offsets = offsets
        self.ends = ends
        self.edges = edges
    }

    /// Rows of arcs `from[e] → to[e]` (and `to[e] → from[e]` when `bothDirections`), stable in
    /// edge order within each row. Counting sort: O(n + m) time; no memory beyond the rows, as
    /// the offsets serve as the fill cursors (each ends at its row's end, and one shift turns
    /// row ends into row starts).
    init(nodeCount n: Int, from: [Int32], to: [Int32], bothDirections: Bool) {
        var offsets = [UInt32](repeating: 0, count: n + 1)
        for u in from { offsets[Int(u) + 1] += 1 }
        if bothDirections { for v in to { offsets[Int(v) + 1] += 1 } }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        let arcCount = Int(offsets[n])
        var ends = [Int32](repeating: 0, count: arcCount)
        var edges = [Int32](repeating: 0, count: arcCount)
        offsets.withUnsafeMutableBufferPointer { cursor in
            ends.withUnsafeMutableBufferPointer { ends in
                edges.withUnsafeMutableBufferPointer { edges in
                    for e in 0..<from.count {
                        let u = Int(from[e]), v = to[e]
                        ends[Int(cursor[u])] = v
                        edges[Int(cursor[u])] = Int32(e)
                        cursor[u] += 1
                        if bothDirections {
                            let w = Int(v)
                            ends[Int(cursor[w])] = Int32(u)
                            edges[Int(cursor[w])] = Int32(e)
                            cursor[w] += 1
                        }
                    }
                }
            }
            for i in stride(from: n, to: 0, by: -1) { cursor[i] = cursor[i - 1] }
            cursor[0] = 0
        }
        self.init(offsets: offsets, ends: ends, edges: edges)
    }
}
