import SandanGraph
import SandanIO

/// What the loss of one node does to its component.
public struct NodeCriticality: Sendable, Equatable {
    public let node: Int
    public let id: String
    /// The size of the node's connected component before the loss.
    public let componentSize: Int
    /// The pieces its component falls into without it.
    public let pieces: Int
    /// Nodes of its component cut off from the largest remaining piece: (size − 1) − largest
    /// piece. The number of others its loss disconnects.
    public let cutOff: Int
    /// Pairs of other nodes of its component that are no longer joined by a path.
    public let pairsDisconnected: Int
}

/// The single-node losses of a network, the most disconnecting first.
public struct CriticalNodes: TabularResult {
    /// Every candidate, by decreasing ``NodeCriticality/cutOff``, then decreasing
    /// ``NodeCriticality/pairsDisconnected``, then node index.
    public let ranking: [NodeCriticality]

    /// The candidate whose loss disconnects the most others; nil when no loss disconnects any.
    public var mostCritical: NodeCriticality? { ranking.first.flatMap { $0.pairsDisconnected > 0 ? $0 : nil } }

    /// `critical`: the candidates whose loss disconnects someone (the cut vertices).
    public var tables: [ResultTable] {
        [ResultTable(name: "critical", header: ["id", "component_size", "pieces", "cut_off", "pairs_disconnected"],
                     rows: ranking.filter { $0.pairsDisconnected > 0 }.map {
                         [.text($0.id), .integer($0.componentSize), .integer($0.pieces), .integer($0.cutOff), .integer($0.pairsDisconnected)]
                     })]
    }
}

/// For every candidate node, what its loss alone disconnects: which single complex's loss
/// disconnects the most others.
///
/// Removing `v` from its connected component C (direction ignored) splits C − v into pieces.
/// The others `v` disconnects are those cut off from the largest piece, (|C| − 1) − max piece;
/// the pairs it disconnects are C(|C| − 1, 2) − Σ C(piece, 2). Both are positive exactly
/// when `v` is an articulation point (cut vertex).
///
/// - Parameters:
///   - graph: the network.
///   - candidateKinds: when set, only nodes whose `kind` attribute is one of these are
///     ranked (all nodes still carry paths).
/// - Returns: the ranking.
///
/// ## Conventions
/// Direction, parallel edges and self-loops do not matter. The cut vertices agree with
/// NetworkX's `articulation_points`; `pairsDisconnected` is the drop in connected pairs,
/// the measure of Borgatti's (2006) key-player fragmentation for one removed node.
///
/// Complexity: O(n (n + m)) time (a search without each candidate), O(n + m) memory.
///
/// ## References
/// - Borgatti, S. P. (2006). Identifying sets of key players in a social network.
///   Computational and Mathematical Organization Theory 12: 21–34. doi:10.1007/s10588-006-7084-x.
public func criticalNodes(_ graph: Graph, candidateKinds: Set<String>? = nil) -> CriticalNodes {
    let n = graph.nodeCount
    let neighbours = Neighbourhoods(graph)
    let components = weaklyConnectedComponents(graph)
    let kinds = graph.nodeLabels(NodeKind.attribute)
    var seen = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var ranking: [NodeCriticality] = []
    for v in 0..<n {
        if let wanted = candidateKinds, !(kinds[v].map(wanted.contains) ?? false) { continue }
        let size = components.sizes[Int(components.labels[v])]
        seen[v] = Int32(v)
        var pieces = 0, largest = 0, pairsLeft = 0
        for start in neighbours[v] where seen[Int(start)] != Int32(v) {
            seen[Int(start)] = Int32(v)
            queue[0] = start
            var head = 0, tail = 1
            while head < tail {
                let u = Int(queue[head]); head += 1
                for w in neighbours[u] where seen[Int(w)] != Int32(v) {
                    seen[Int(w)] = Int32(v)
                    queue[tail] = w; tail += 1
                }
            }
            pieces += 1
            largest = max(largest, tail)
            pairsLeft += tail * (tail - 1) / 2
        }
        let others = size - 1
        ranking.append(NodeCriticality(node: v, id: graph.ids[v], componentSize: size, pieces: pieces,
                                       cutOff: others - largest, pairsDisconnected: others * (others - 1) / 2 - pairsLeft))
    }
    ranking.sort { ($1.cutOff, $1.pairsDisconnected, $0.node) < ($0.cutOff, $0.pairsDisconnected, $1.node) }
    return CriticalNodes(ranking: ranking)
}
