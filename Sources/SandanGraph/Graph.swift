/// An immutable graph in compressed sparse rows, with edge kinds, optional weights and typed
/// attribute columns.
///
/// Nodes are dense indices `0..<nodeCount`; ``ids`` maps them to the string ids of the input.
/// Edges are indices `0..<edgeCount` in insertion order, each with a source, a target and a
/// kind (multiplex). The adjacency is stored as compressed sparse rows:
///
/// - `outOffsets` has `nodeCount + 1` entries; the out-arcs of node `v` are the positions
///   `outOffsets[v]..<outOffsets[v+1]` of `outTargets` (the other end) and `outEdges` (the
///   edge index). Within a row, arcs are in edge-insertion order.
/// - An undirected graph stores every edge in both rows, so a row is the node's full
///   neighbourhood; a self-loop appears twice in its node's row, so a row's length is the
///   degree as NetworkX and igraph count it (a loop adds 2).
/// - A directed graph also stores in-arcs (`inOffsets`, `inSources`, `inEdges`).
///
/// Self-loops and parallel edges are kept and counted; each algorithm states what it does with
/// them. Memory: 4 bytes per edge end in each row array plus 8 bytes per edge for the
/// endpoints, about 24 bytes per undirected edge (igraph keeps about 32), plus 4 bytes per
/// edge for its kind when the graph has more than one; row offsets are 32-bit (4 bytes per
/// node and direction).
///
/// A `Graph` is a value: views (``filtered(kinds:)``, ``inducedSubgraph(_:)``,
/// ``quotient(by:)``, ``reversed()``, ``undirected()``) return new graphs.
public struct Graph: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// The node ids of the input, and their indices.
    public let ids: NodeIDs
    /// Distinct edge kind names; ``kindIndex(of:)`` refers into it. The empty string is the
    /// kind of edges whose input gave none.
    public let kinds: [String]
    /// For each edge, the index of its kind in ``kinds``; empty when there is one kind, so
    /// that a graph of a single kind spends no memory on kinds.
    let kindIndices: [Int32]
    /// Node attribute columns (one row per node).
    public let nodeAttributes: AttributeTable
    /// Edge attribute columns (one row per edge).
    public let edgeAttributes: AttributeTable
    /// The weight each algorithm uses when asked for a weighted computation, or nil when the
    /// graph is unweighted (every edge weighs 1). See ``weighted(by:)``.
    public let weights: [Double]?
    /// The edge attribute the ``weights`` came from.
    public let weightAttribute: String?

    let sources: [Int32]
    let targets: [Int32]
    let outOffsets: [UInt32]
    let outTargets: [Int32]
    let outEdges: [Int32]
    let inOffsets: [UInt32]
    let inSources: [Int32]
    let inEdges: [Int32]

    /// The number of nodes. O(1).
    public var nodeCount: Int { outOffsets.count - 1 }
    /// The number of edges, each counted once (an undirected edge is one edge). O(1).
    public var edgeCount: Int { sources.count }

    /// The source of edge `e` (for undirected edges, the end given first). O(1).
    public func source(of e: Int) -> Int { Int(sources[e]) }
    /// The target of edge `e`. O(1).
    public func target(of e: Int) -> Int { Int(targets[e]) }

    /// The kind name of edge `e`. O(1).
    public func kind(of e: Int) -> String { kinds[kindIndex(of: e)] }

    /// The index of edge `e`'s kind in ``kinds``. O(1).
    public func kindIndex(of e: Int) -> Int { kindIndices.isEmpty ? 0 : Int(kindIndices[e]) }

    /// The weight of edge `e`: its value in ``weights``, or 1 when the graph is unweighted. O(1).
    public func weight(of e: Int) -> Double { weights?[e] ?? 1 }

    /// The number of out-arcs of `v` (the degree, for undirected graphs; a self-loop counts 2). O(1).
    public func outDegree(_ v: Int) -> Int { outRow(v).count }
    /// The number of in-arcs of `v` (equal to ``outDegree(_:)`` for undirected graphs). O(1).
    public func inDegree(_ v: Int) -> Int {
        isDirected ? inRow(v).count : outDegree(v)
    }
    /// In-degree plus out-degree for directed graphs, the degree for undirected ones. O(1).
    public func degree(_ v: Int) -> Int { isDirected ? outDegree(v) + inDegree(v) : outDegree(v) }

    /// The out-neighbours of `v`, with repetitions for parallel edges. O(1) to create.
    public func successors(of v: Int) -> ArraySlice<Int32> { outTargets[outRow(v)] }
    /// The edges leaving `v` (all incident edges when undirected), aligned with ``successors(of:)``.
    public func outEdges(of v: Int) -> ArraySlice<Int32> { outEdges[outRow(v)] }
    /// The in-neighbours of `v` (the neighbours, when undirected).
    public func predecessors(of v: Int) -> ArraySlice<Int32> {
        isDirected ? inSources[inRow(v)] : successors(of: v)
    }
    /// The edges entering `v`, aligned with ``predecessors(of:)``.
    public func inEdges(of v: Int) -> ArraySlice<Int32> {
        isDirected ? inEdges[inRow(v)] : outEdges(of: v)
    }

    /// The positions of `v`'s out-arcs in the out-rows.
    func outRow(_ v: Int) -> Range<Int> { Int(outOffsets[v])..<Int(outOffsets[v + 1]) }
    /// The positions of `v`'s in-arcs in the in-rows (directed graphs).
    func inRow(_ v: Int) -> Range<Int> { Int(inOffsets[v])..<Int(inOffsets[v + 1]) }

    /// The node index of `id`, or nil. O(1) expected.
    public func index(of id: String) -> Int? { ids.index(of: id) }

    /// The number of self-loops. O(m): one pass over the two end arrays, which vectorises.
    public var selfLoopCount: Int {
        sources.withUnsafeBufferPointer { sources in
            targets.withUnsafeBufferPointer { targets in
                var count = 0
                for e in sources.indices where sources[e] == targets[e] { count += 1 }
                return count
            }
        }
    }

    /// The number of edges that repeat an earlier edge between the same ends (for undirected
    /// graphs, in either order; for directed graphs, in the same direction).
    ///
    /// Counts, row by row, the arcs to each neighbour (only neighbours `v ≥ u` when undirected,
    /// where a loop appears twice in its row): k edges between the same ends are k − 1 repeats.
    /// O(n + m) time, one counter per node.
    public var parallelEdgeCount: Int {
        var count = [Int32](repeating: 0, count: nodeCount)
        var touched: [Int32] = []
        var repeats = 0
        for u in 0..<nodeCount {
            for a in outRow(u) {
                let v = Int(outTargets[a])
                guard isDirected || v >= u else { continue }
                if count[v] == 0 { touched.append(Int32(v)) }
                count[v] += 1
            }
            for v in touched {
                let arcs = Int(count[Int(v)])
                repeats += (!isDirected && Int(v) == u ? arcs / 2 : arcs) - 1
                count[Int(v)] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return repeats
    }

    /// Edge density: m / (n(n−1)) for directed graphs, 2m / (n(n−1)) for undirected ones, as
    /// NetworkX computes it (self-loops and parallel edges counted as edges); 0 when n < 2.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        return Double(edgeCount) * (isDirected ? 1 : 2) / (n * (n - 1))
    }

    /// A copy whose ``weights`` come from the numeric edge attribute `name`.
    ///
    /// - Throws: ``GraphError/unknownAttribute(name:available:)`` when there is no such column,
    ///   ``GraphError/nonNumericAttribute(name:row:)`` when an edge has no numeric value.
    public func weighted(by name: String) throws(GraphError) -> Graph {
        guard let column = edgeAttributes[name] else {
            throw .unknownAttribute(name: name, available: edgeAttributes.names)
        }
        var values = [Double](repeating: 0, count: edgeCount)
        for e in 0..<edgeCount {
            guard let v = column[e]?.numericValue else { throw .nonNumericAttribute(name: name, row: e) }
            values[e] = v
        }
        return replacing(weights: values, attribute: name)
    }

    /// A copy without weights: every algorithm then counts each edge as 1.
    public func unweighted() -> Graph { replacing(weights: nil, attribute: nil) }

    /// A copy whose node attribute `name` is `column`: the column of that name replaced, or a
    /// new column added after the others. Structure, edges and weights are shared. O(1) besides
    /// the column.
    /// - Precondition: `column.count == nodeCount`.
    public func settingNodeColumn(_ name: String, _ column: AttributeColumn) -> Graph {
        var attributes = nodeAttributes
        attributes.setColumn(name, column)
        return replacing(weights: weights, attribute: weightAttribute, nodeAttributes: attributes)
    }

    private func replacing(weights: [Double]?, attribute: String?, nodeAttributes: AttributeTable? = nil) -> Graph {
        let graph = Graph(isDirected: isDirected, ids: ids, kinds: kinds, kindIndices: kindIndices,
                          nodeAttributes: nodeAttributes ?? self.nodeAttributes, edgeAttributes: edgeAttributes, weights: weights,
                          weightAttribute: attribute, sources: sources, targets: targets,
                          outOffsets: outOffsets, outTargets: outTargets, outEdges: outEdges,
                          inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
        graph.checkInvariants()
        return graph
    }
}
