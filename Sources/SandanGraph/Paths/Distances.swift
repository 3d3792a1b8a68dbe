/// Eccentricity of every node: the largest distance from it to any other node.
///
/// - Parameters:
///   - graph: a connected graph (strongly connected when directed). Its ``Graph/weights``,
///     when present, are edge lengths; otherwise distances are hop counts.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
///   - progress: told as the searches finish, `completed` of n sources (the rules of
///     ``ProgressHandler``); nil costs nothing.
/// - Returns: one value per node (a whole number of hops when unweighted).
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` for a graph without nodes,
///   ``GraphError/notConnected(measure:)`` when some node cannot reach some other (eccentricity
///   would be infinite), weight errors as ``dijkstra(_:from:direction:)``.
/// - Complexity: O(n m) time unweighted, O(n m log n) weighted; O(n) space per worker.
///
/// ## Conventions
/// Distances go along edge direction (from the node). A one-node graph gives 0. Agrees with
/// NetworkX `eccentricity` and igraph `eccentricity(mode="out")` on connected graphs; NetworkX
/// raises on disconnected graphs as Sandan does, igraph ignores unreachable nodes. For the
/// largest component of a disconnected graph see ``distanceSummary(_:threads:progress:)``.
///
/// ## References
/// Harary, F. (1969). *Graph Theory*. Addison-Wesley, ch. 2.
public func eccentricities(_ graph: Graph, threads: Int? = nil,
                           progress: ProgressHandler? = nil) throws(GraphError) -> [Double] {
    guard graph.nodeCount > 0 else { throw .emptyGraph(algorithm: "eccentricity") }
    let tallies = try distanceTallies(graph, direction: .outgoing, threads: threads, algorithm: "eccentricity",
                                      progress: progress)
    guard tallies.allSatisfy({ $0.reached == graph.nodeCount }) else {
        throw .notConnected(measure: graph.isDirected ? "eccentricity (needs a strongly connected graph)" : "eccentricity")
    }
    return tallies.map(\.farthest)
}

/// Diameter, radius and average shortest-path length of a graph's largest component.
public struct DistanceSummary: Sendable, Equatable {
    /// The nodes of the component measured, in increasing order: the largest connected
    /// component (strongly connected when the graph is directed).
    public let component: [Int]
    /// Whether that component is the whole graph, so the measures are the graph's own.
    public let coversGraph: Bool
    /// The largest eccentricity in the component.
    public let diameter: Double
    /// The smallest eccentricity in the component.
    public let radius: Double
    /// The mean distance over ordered pairs of distinct nodes of the component (0 for one node).
    public let averageShortestPathLength: Double
}

/// Diameter, radius and average shortest-path length of the **largest component**.
///
/// These measures are infinite on a disconnected graph, so Sandan reports them for the largest
/// connected component (directed: the largest strongly connected component, where every node
/// reaches every other) and says which nodes that is and whether it is the whole graph.
///
/// - Parameters:
///   - graph: any graph with at least one node; ``Graph/weights``, when present, are lengths.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
///   - progress: told as the searches finish, `completed` of c (the component's nodes) sources (the rules of
///     ``ProgressHandler``); nil costs nothing.
/// - Returns: the measures and the component they describe.
/// - Throws: ``GraphError/emptyGraph(algorithm:)`` for a graph without nodes; weight errors as
///   ``dijkstra(_:from:direction:)``.
/// - Complexity: O(c m_c) time unweighted (c nodes and m_c edges in the component), times
///   log c weighted; O(n + m) to find the component.
///
/// ## Conventions
/// Ties for the largest component go to the one holding the smallest node index. Distances
/// are measured inside the component (for a strongly connected component, every shortest path
/// between two members stays inside it). A one-node component gives 0 for all three.
/// Average path length = Σ d(u, v) / (c(c − 1)) over ordered pairs u ≠ v. On a connected graph
/// these equal NetworkX `diameter`, `radius` and `average_shortest_path_length` (which raise
/// on disconnected graphs) and igraph's `diameter`/`radius`/`average_path_length`.
///
/// ## References
/// Harary (1969), *Graph Theory*, ch. 2; Tarjan, R. (1972). Depth-first search and linear graph
/// algorithms. *SIAM J. Computing* 1(2), 146–160. doi:10.1137/0201010
public func distanceSummary(_ graph: Graph,
                            threads: Int? = nil, progress: ProgressHandler? = nil) throws(GraphError) -> DistanceSummary {
    let n = graph.nodeCount
    guard n > 0 else { throw .emptyGraph(algorithm: "diameter") }
    let component: [Int]
    if graph.isDirected {
        component = largestStrongComponent(graph)
    } else {
        let components = weaklyConnectedComponents(graph)
        let label = components.largest!
        component = (0..<n).filter { components.labels[$0] == label }
    }
    let coversGraph = component.count == n
    let measured = coversGraph ? graph : graph.inducedSubgraph(component)
    let tallies = try distanceTallies(measured, direction: .outgoing, threads: threads, algorithm: "diameter",
                                      progress: progress)
    let c = Double(component.count)
    let total = tallies.reduce(0) { $0 + $1.sum }
    return DistanceSummary(component: component, coversGraph: coversGraph,
                           diameter: tallies.map(\.farthest).max()!,
                           radius: tallies.map(\.farthest).min()!,
                           averageShortestPathLength: component.count > 1 ? total / (c * (c - 1)) : 0)
}

/// Global efficiency: the mean of 1/d(u, v) over ordered pairs of distinct nodes, with
/// 1/∞ = 0, so it is defined on disconnected graphs.
///
/// - Parameters:
///   - graph: any graph; ``Graph/weights``, when present, are lengths.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>).
///   - progress: told as the searches finish, `completed` of n sources (the rules of
///     ``ProgressHandler``); nil costs nothing.
/// - Returns: a value in [0, 1] for hop distances; 0 when n < 2.
/// - Throws: weight errors as ``dijkstra(_:from:direction:)``.
/// - Complexity: O(n m) time unweighted, O(n m log n) weighted.
///
/// ## Conventions
/// Directed graphs use distances along edge direction over ordered pairs (NetworkX's
/// `global_efficiency` accepts only undirected graphs; on those the two agree). Pairs at
/// distance 0 (zero-length edges) are left out of the sum but not of the pair count.
///
/// ## References
/// Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks. *Physical
/// Review Letters* 87(19), 198701. doi:10.1103/PhysRevLett.87.198701
public func globalEfficiency(_ graph: Graph, threads: Int? = nil,
                             progress: ProgressHandler? = nil) throws(GraphError) -> Double {
    let n = graph.nodeCount
    let tallies = try distanceTallies(graph, direction: .outgoing, threads: threads, algorithm: "global efficiency",
                                      progress: progress)
    guard n > 1 else { return 0 }
    return tallies.reduce(0) { $0 + $1.reciprocalSum } / (Double(n) * Double(n - 1))
}

/// The nodes of the largest strongly connected component (ties: the component holding the
/// smallest node index), in increasing order. Tarjan's algorithm with an explicit stack, so
/// deep graphs cannot overflow the call stack. O(n + m).
func largestStrongComponent(_ graph: Graph) -> [Int] {
    let n = graph.nodeCount
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int32] = []
    var calls: [(node: Int, arc: Int)] = []
    var counter: Int32 = 0
    var best: (size: Int, smallest: Int)? = nil
    var bestMembers: [Int] = []
    graph.withOutAdjacency { rows in
        for root in 0..<n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            calls.append((root, rows.offsets[root]))
            while let (v, arc) = calls.last {
                if arc < rows.offsets[v + 1] {
                    calls[calls.count - 1].arc += 1
                    let w = Int(rows.ends[arc])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        calls.append((w, rows.offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last?.node { low[parent] = min(low[parent], low[v]) }
                guard low[v] == index[v] else { continue }
                let start = stack.lastIndex(of: Int32(v))!
                let members = stack[start...]
                var smallest = Int32.max
                for w in members {
                    onStack[Int(w)] = false
                    smallest = min(smallest, w)
                }
                if best == nil || members.count > best!.size || (members.count == best!.size && Int(smallest) < best!.smallest) {
                    best = (members.count, Int(smallest))
                    bestMembers = members.map(Int.init)
                }
                stack.removeSubrange(start...)
            }
        }
    }
    return bestMembers.sorted()
}
