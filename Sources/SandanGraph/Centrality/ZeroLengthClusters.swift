/// The groups of nodes joined by zero-length edges, with the simple paths inside each group
/// counted once, for betweenness with zero-length edges (``BrandesWorker``).
///
/// A zero-length edge joins two nodes at the same distance from every source, so the shortest
/// paths through a group of such nodes (a connected component of the zero-length edges;
/// weakly connected when directed) are exactly the simple paths inside it: a shortest path
/// enters the group once, at some member x, walks a simple path of zero-length edges to a
/// member y, and leaves (or ends) there. It cannot come back, since every edge leaving the
/// group has positive length. So the number of shortest-path segments from x to y, and how
/// many of them pass through each member and each zero-length edge, are properties of the
/// group alone, computed here once by enumerating its simple paths.
///
/// - Complexity: O(Σ over groups of the total length of their simple paths) time, bounded by
///   ``pathStepLimit``; O(k³ + k² z) memory for a group of k nodes and z zero-length edges, k at
///   most ``sizeLimit``.
struct ZeroLengthClusters {
    /// One group: its members and counts indexed by members' positions (k = members.count).
    struct Cluster {
        let members: [Int]
        /// The zero-length edges inside the group (edge ids), when edge scores are wanted.
        let edges: [Int]
        /// paths[x k + y]: simple zero-length paths from member x to member y (1 when x = y).
        let paths: [Double]
        /// through[(x k + y) k + v]: how many of them pass through member v between the ends.
        let through: [Double]
        /// along[(x k + y) z + e]: how many of them use edge `edges[e]`; empty without edge scores.
        let along: [Double]
    }

    /// The largest group counted (k³ counts are kept).
    static let sizeLimit = 200
    /// The most path steps the enumeration may take over all groups.
    static let pathStepLimit = 20_000_000

    /// Each node's group, −1 for nodes without a zero-length edge to another node.
    let clusterOf: [Int32]
    /// Each node's position among its group's members.
    let local: [Int32]
    let clusters: [Cluster]

    /// The groups of `graph` for the arc lengths `lengths` (aligned with the out-rows), or nil
    /// when no edge between two different nodes has length 0.
    /// - Throws: ``GraphError/tooManyZeroLengthPaths(nodes:example:)`` when a group is larger than ``sizeLimit`` or
    ///   its simple paths exceed ``pathStepLimit`` steps.
    init?(_ graph: Graph, lengths: [Double], edgeScores: Bool) throws(GraphError) {
        let n = graph.nodeCount
        var parent = Array(0..<n)
        func root(_ v: Int) -> Int {
            var v = v
            while parent[v] != v { parent[v] = parent[parent[v]]; v = parent[v] }
            return v
        }
        var any = false
        graph.withOutAdjacency { rows in
            for u in 0..<n {
                for a in rows.offsets[u]..<rows.offsets[u + 1] where lengths[a] == 0 && Int(rows.ends[a]) != u {
                    any = true
                    let x = root(u), y = root(Int(rows.ends[a]))
                    if x != y { parent[max(x, y)] = min(x, y) }
                }
            }
        }
        guard any else { return nil }
        var label = [Int32](repeating: -1, count: n), local = [Int32](repeating: 0, count: n)
        var members: [[Int]] = []
        var count = [Int](repeating: 0, count: n)
        for v in 0..<n { count[root(v)] += 1 }
        for v in 0..<n where count[root(v)] > 1 {
            let r = root(v)
            if label[r] < 0 { label[r] = Int32(members.count); members.append([]) }
            label[v] = label[r]
            local[v] = Int32(members[Int(label[v])].count)
            members[Int(label[v])].append(v)
        }
        self.clusterOf = label
        self.local = local
        var budget = Self.pathStepLimit
        var clusters: [Cluster] = []
        for group in members {
            clusters.append(try Self.count(group, graph: graph, lengths: lengths, label: label, local: local,
                                           edgeScores: edgeScores, budget: &budget))
        }
        self.clusters = clusters
    }

    /// Enumerates the simple zero-length paths of one group by depth-first search from each member.
    private static func count(_ group: [Int], graph: Graph, lengths: [Double], label: [Int32], local: [Int32],
                              edgeScores: Bool, budget: inout Int) throws(GraphError) -> Cluster {
        let k = group.count
        let tooMany = GraphError.tooManyZeroLengthPaths(nodes: k, example: graph.ids[group[0]])
        guard k <= sizeLimit else { throw tooMany }
        let c = label[group[0]]
        var edgeIndex: [Int: Int] = [:]
        var paths = [Double](repeating: 0, count: k * k)
        var through = [Double](repeating: 0, count: k * k * k)
        // The group's zero-length arcs, by member: (end's position, edge id).
        var arcs = [[(Int, Int)]](repeating: [], count: k)
        graph.withOutAdjacency { rows in
            for (i, u) in group.enumerated() {
                for a in rows.offsets[u]..<rows.offsets[u + 1] where lengths[a] == 0 {
                    let w = Int(rows.ends[a])
                    guard w != u, label[w] == c else { continue }
                    arcs[i].append((Int(local[w]), Int(rows.edges[a])))
                    if edgeScores && edgeIndex[Int(rows.edges[a])] == nil { edgeIndex[Int(rows.edges[a])] = edgeIndex.count }
                }
            }
        }
        let z = edgeIndex.count
        var along = [Double](repeating: 0, count: edgeScores ? k * k * z : 0)
        var onPath = [Bool](repeating: false, count: k)
        for x in 0..<k {
            paths[x * k + x] = 1
            // The path as members and the edges between them; `next[d]` is the next arc to try at depth d.
            var nodes = [x], edges: [Int] = [], next = [0]
            onPath[x] = true
            while let depth = next.indices.last {
                let u = nodes[depth]
                guard next[depth] < arcs[u].count else {
                    onPath[u] = false
                    nodes.removeLast(); next.removeLast()
                    if !edges.isEmpty { edges.removeLast() }
                    continue
                }
                let (w, e) = arcs[u][next[depth]]
                next[depth] += 1
                guard !onPath[w] else { continue }
                budget -= nodes.count + 1
                guard budget >= 0 else { throw tooMany }
                onPath[w] = true
                nodes.append(w); edges.append(e); next.append(0)
                let pair = x * k + w
                paths[pair] += 1
                for v in nodes.dropFirst().dropLast() { through[pair * k + v] += 1 }
                if edgeScores { for e in edges { along[pair * z + edgeIndex[e]!] += 1 } }
            }
        }
        let edgeList = edgeIndex.sorted { $0.value < $1.value }.map(\.key)
        return Cluster(members: group, edges: edgeList, paths: paths, through: through, along: along)
    }
}
