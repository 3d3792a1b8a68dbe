/// The Gould–Fernandez brokerage roles, and their sum.
///
/// Node b brokers the ordered pair (a, c) when a→b→c and there is no arc a→c. With G the
/// group (region) of each node, the role depends on who shares b's group.
public enum BrokerageRole: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// G(a) = G(b) = G(c): brokering inside one's own group. sna: `w_I`.
    case coordinator
    /// G(a) = G(c) ≠ G(b): an outsider brokering inside another group; UCINET calls it
    /// "consultant". sna: `w_O`.
    case itinerant
    /// G(a) = G(b) ≠ G(c): speaking for one's group to another. sna: `b_IO`.
    case representative
    /// G(a) ≠ G(b) = G(c): controlling what enters one's group. sna: `b_OI`.
    case gatekeeper
    /// G(a), G(b), G(c) all different: linking two other groups. sna: `b_O`.
    case liaison
    /// All five roles together. sna: `t`.
    case total

    /// The five roles, without ``total``.
    public static let roles: [BrokerageRole] = [.coordinator, .itinerant, .representative, .gatekeeper, .liaison]

    /// The column name of R `sna::brokerage`: `w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`, `t`.
    public var snaName: String { ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"][rawValue] }

    /// The name UCINET uses (itinerant is "consultant").
    public var ucinetName: String { self == .itinerant ? "consultant" : description }

    public var description: String {
        ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"][rawValue]
    }

    /// The role b plays for a→b→c given the three groups.
    static func of(_ a: Int, _ b: Int, _ c: Int) -> BrokerageRole {
        if a == b { return b == c ? .coordinator : .representative }
        if a == c { return .itinerant }
        return b == c ? .gatekeeper : .liaison
    }
}

/// Gould–Fernandez brokerage counts of every node, with their expected values and standard
/// deviations under R `sna::brokerage`'s null model.
public struct BrokerageScores: Sendable, Equatable {
    /// `counts[role.rawValue][v]`: how many ordered pairs node v brokers in that role.
    public let counts: [[Int]]
    /// `expected[role.rawValue][v]`: the expected count under the null model (sna `exp.nli`).
    public let expected: [[Double]]
    /// `standardDeviation[role.rawValue][v]` under the null model (sna `sd.nli`).
    public let standardDeviation: [[Double]]
    /// The arc density the null model uses: distinct arcs / (n(n−1)).
    public let density: Double

    /// The counts of `role` for every node.
    public func counts(_ role: BrokerageRole) -> [Int] { counts[role.rawValue] }
    /// The expected counts of `role` for every node.
    public func expected(_ role: BrokerageRole) -> [Double] { expected[role.rawValue] }
    /// The standard deviations of `role` for every node.
    public func standardDeviation(_ role: BrokerageRole) -> [Double] { standardDeviation[role.rawValue] }

    /// (count − expected) / standard deviation for every node (sna `z.nli`); NaN where the
    /// standard deviation is 0 (R gives NaN or ±Inf there).
    public func zScores(_ role: BrokerageRole) -> [Double] {
        let r = role.rawValue
        return counts[r].indices.map { v in
            let sd = standardDeviation[r][v]
            return sd > 0 ? (Double(counts[r][v]) - expected[r][v]) / sd : .nan
        }
    }
}

/// Gould–Fernandez brokerage roles of every node for a partition of the nodes into groups.
///
/// Node b brokers the ordered pair (a, c) when a→b and b→c are arcs, a, b and c are distinct,
/// and there is no arc a→c (an arc c→a does not matter). Each such open two-path counts 1 for
/// b in the role its groups give it (``BrokerageRole``). Expected values and standard
/// deviations follow R `sna::brokerage`: arcs placed independently with the graph's density d,
/// group memberships fixed, so that for a broker in a group of size n_g among N nodes, e.g.
/// E[coordinator] = d²(1−d)(n_g−1)(n_g−2).
///
/// - Parameters:
///   - graph: a directed graph, or an undirected one whose edges count as arcs both ways (then
///     each open path a–b–c is brokered both as (a, c) and (c, a), so representative and
///     gatekeeper counts coincide per group pattern, and every count is twice the undirected
///     one). Weights are ignored.
///   - groups: a group for every node, e.g. `NodeGroups(graph, attribute: "region")`.
///   - threads: worker threads: nil for all cores, else at least 1 (<doc:Conventions#Threads-and-progress>); results do not depend on it.
/// - Returns: the counts per role and node, with sna's expected values and deviations.
/// - Throws: ``GraphError/countMismatch(what:count:nodeCount:)`` if `groups` does not have one
///   label per node; ``GraphError/threadCount(_:)``.
///
/// ## Complexity
/// O(n + m + P log Δ + number of groups) time, where P = Σ_b in(b)·out(b) is the number of
/// two-paths through the brokers; O(n + m) memory. Brokers are split across threads.
///
/// ## Conventions
/// - Self-loops are ignored, and parallel arcs count as one (the 0/1 adjacency sna uses).
/// - No partial credit: when k brokers join the same pair each gets 1, as sna's raw counts
///   (UCINET offers 1/k credit).
/// - The counts match R `sna::brokerage(g, cl)$raw.nli`; the expected values and deviations
///   its `exp.nli` and `sd.nli`, with d = (distinct arcs) / (n(n−1)).
///
/// ## References
/// - R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
///   transaction networks", Sociological Methodology 19 (1989) 89–126, doi:10.2307/270949.
/// - C. T. Butts, sna: Tools for Social Network Analysis (R package), `brokerage`.
public func brokerage(_ graph: Graph, groups: NodeGroups, threads: Int? = nil) throws(GraphError) -> BrokerageScores {
    try groups.check(against: graph, algorithm: "brokerage")
    let threads = try Parallel.workerCount(threads)
    let adjacency = try SimpleAdjacency(graph, useWeights: false, algorithm: "brokerage")
    let n = adjacency.nodeCount
    let roleCount = BrokerageRole.roles.count
    // Role-major counts, five roles then the total: counts of role r for node v at r·n + v.
    var flat = [Int](repeating: 0, count: n * (roleCount + 1))
    let outArc = SimpleAdjacency.outArc, inArc = SimpleAdjacency.inArc
    adjacency.withBuffers { rows in
        groups.labels.withUnsafeBufferPointer { group in
            flat.withUnsafeMutableBufferPointer { flat in
                _ = Parallel.run(count: n, threads: threads, chunkSize: Parallel.nodeChunkSize(n, threads),
                                 makeWorker: { _ in () }) { _, range in
                    for b in range {
                        for ab in rows.row(b) where rows.arcs[ab] & inArc != 0 {
                            let a = Int(rows.neighbours[ab])
                            for bc in rows.row(b) where rows.arcs[bc] & outArc != 0 {
                                let c = rows.neighbours[bc]
                                guard Int(c) != a else { continue }
                                if let ac = rows.position(of: c, inRowOf: a), rows.arcs[ac] & outArc != 0 { continue }
                                let role = BrokerageRole.of(group[a], group[b], group[Int(c)])
                                flat[role.rawValue * n + b] += 1
                                flat[roleCount * n + b] += 1
                            }
                        }
                    }
                }
            }
        }
    }
    let counts = BrokerageRole.allCases.map { Array(flat[($0.rawValue * n)..<($0.rawValue * n + n)]) }
    let arcs = adjacency.arcs.reduce(0) { $0 + ($1 & outArc != 0 ? 1 : 0) }
    let density = n > 1 ? Double(arcs) / (Double(n) * Double(n - 1)) : 0
    let moments = BrokerageNullModel(sizes: groups.sizes, density: density)
    let expected = BrokerageRole.allCases.map { role in
        let perGroup = moments.expected.map { $0[role.rawValue] }
        return groups.labels.map { perGroup[$0] }
    }
    let deviation = BrokerageRole.allCases.map { role in
        let perGroup = moments.deviation.map { $0[role.rawValue] }
        return groups.labels.map { perGroup[$0] }
    }
    return BrokerageScores(counts: counts, expected: expected, standardDeviation: deviation, density: density)
}

/// R `sna::brokerage`'s moments for a broker in each group: expectation and standard deviation
/// of every role count when each arc is present with probability d. Sums over the other
/// groups are taken from whole-graph sums, so all groups cost O(number of groups).
private struct BrokerageNullModel {
    /// `expected[g][role]`, `deviation[g][role]`, roles in ``BrokerageRole`` order.
    var expected: [[Double]] = []
    var deviation: [[Double]] = []

    init(sizes: [Int], density d: Double) {
        let n = sizes.map(Double.init)
        let total = n.reduce(0, +)
        let p = d * d * (1 - d)                       // an open two-path a→b→c
        let q = d * d * d * (1 - d) * (1 - d) * (1 - d)  // two open two-paths sharing an arc
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        // Whole-graph sums over groups h, from which each group's "h ≠ g" sums follow.
        let sumPairs = n.reduce(0) { $0 + $1 * ($1 - 1) }
        let sumTriples = n.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
        let sumSquares = n.reduce(0) { $0 + $1 * $1 }
        let rest = n.map { total - $0 }                // N − n_h
        let sumN = total
        let sumNR = zip(n, rest).reduce(0) { $0 + $1.0 * $1.1 }
        let sumNR2 = zip(n, rest).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
        for g in n {
            let others = total - g
            let e0 = p * (g - 1) * (g - 2)
            let e1 = p * (sumPairs - g * (g - 1))
            let e2 = p * others * (g - 1)
            let e4 = p * (others * others - (sumSquares - g * g))
            let e5 = p * (total - 1) * (total - 2)
            // Σ_{h≠g} n_h C(N − n_h − n_g, 2), expanded in n_g around the whole-graph sums.
            let liaisonSum = (sumNR2 - sumNR - 2 * g * sumNR + (g * g + g) * sumN) / 2
                - g * pairs(total - g - g)
            let v0 = e0 * (1 - p) + 2 * (g - 1) * (g - 2) * (g - 3) * q
            let v1 = e1 * (1 - p) + 2 * (sumTriples - g * (g - 1) * (g - 2)) * q
            let v2 = e2 * (1 - p) + 2 * ((g - 1) * pairs(others) + others * pairs(g - 1)) * q
            let v4 = e4 * (1 - p) + 4 * liaisonSum * q
            let v5 = e5 * (1 - p) + 2 * (total - 1) * (total - 2) * (total - 3) * q
            expected.append([e0, e1, e2, e2, e4, e5])
            deviation.append([v0, v1, v2, v2, v4, v5].map { max(0, $0).squareRoot() })
        }
    }
}
