/// A split of the nodes into a core and a periphery, with its fit to the ideal pattern.
public struct CorePeripheryPartition: Sendable, Equatable {
    /// Whether each node is in the core.
    public let isCore: [Bool]
    /// The Pearson correlation between the ties and the ideal pattern (see
    /// ``corePeripheryCorrelation(_:isCore:ties:)``); NaN when no split is defined.
    public let correlation: Double
    /// The continuous fit the search started from; nil when that fit has no minimum
    /// (``GraphError/unboundedFit(algorithm:node:)``) and the search started from the nodes'
    /// strengths instead.
    public let coreness: ContinuousCoreness?

    /// The core nodes, in increasing order.
    public var core: [Int] { isCore.indices.filter { isCore[$0] } }
}

/// One Kernighan–Lin pass: moves every node once, each step taking the move that leaves the
/// highest correlation (even if lower than now; ties to the earliest node in `order`), then
/// returns to the best split seen. Returns whether that split beats the starting one by more
/// than 1e-12. O(n² + m).
private func improvementPass(_ split: inout CoreSplit, order: [Int]) -> Bool {
    let start = split.correlation()
    var best = start, bestStep = 0
    var moves: [Int] = []
    var locked = [Bool](repeating: false, count: order.count)
    while true {
        var choice: (node: Int, correlation: Double)?
        for v in order where !locked[v] {
            if let r = split.correlationAfterMoving(v), r > choice?.correlation ?? -.infinity { choice = (v, r) }
        }
        guard let (v, r) = choice else { break }
        split.move(v)
        locked[v] = true
        moves.append(v)
        if r > best + 1e-12 {
            best = r
            bestStep = moves.count
        }
    }
    for v in moves[bestStep...].reversed() { split.move(v) }
    return bestStep > 0
}

/// Borgatti & Everett's discrete core–periphery model: the split of the nodes into a core and
/// a periphery whose ideal pattern correlates best with the ties.
///
/// The ideal pattern is 1 for pairs inside the core, 0 for pairs inside the periphery, and, for
/// core–periphery pairs, left out (``CorePeripheryTies/ignored``, the default) or a given
/// density; the fitness is the Pearson correlation of ties and pattern over the ordered pairs
/// i ≠ j it covers. Finding the best split exactly is a hard combinatorial problem; Sandan
/// (1) ranks the nodes by ``continuousCoreness(_:options:)`` (by strength when that fit has no
/// minimum) and takes the best core among the
/// n − 1 prefixes of that ranking (ties in coreness broken by node index, the smallest core
/// among equal correlations), then (2) improves it by Kernighan–Lin passes: every node changes
/// side once per pass, each step making the move that leaves the highest correlation (even a
/// lower one, which lets the search climb out of single-move optima), and the pass returns to
/// the best split it saw; passes repeat while one gains more than 1e-12. On the test graphs
/// (Krackhardt's kite, the Florentine families, a digraph of 8 nodes, a weighted graph of 6)
/// this reaches the optimum found by enumerating every split for the default model, and for
/// the density-1 model on all but the kite (0.309 against 0.327), so it is a heuristic, as
/// UCINET's genetic algorithm is; the correlation returned says how good the split is.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths (non-negative).
///   - options: the continuous fit's tolerance and cap (the cap also bounds the number of
///     Kernighan–Lin passes) and ``CorePeripheryOptions/corePeripheryTies``.
/// - Returns: the split, its correlation and the continuous fit. When no split has a defined
///   correlation (no edges, or fewer than 4 nodes with the default model) every node is
///   periphery and the correlation is NaN.
/// - Throws: as ``continuousCoreness(_:options:)``, except for an unbounded fit; also
///   ``GraphError/notConverged(algorithm:iterations:tolerance:)`` if the local search needs more
///   passes than the cap.
///
/// ## Complexity
/// The continuous fit, then O(n log n + m) for the prefixes and O(n² + m) per Kernighan–Lin
/// pass (a handful of passes in practice); O(n + m) memory. Meant for networks of up to some
/// thousands of nodes; ``continuousCoreness(_:options:)`` alone scales to millions.
///
/// ## Conventions
/// As ``continuousCoreness(_:options:)``; ties enter the correlation as they are (directed:
/// a_ij for the ordered pair (i, j)). No NetworkX or igraph counterpart; UCINET's
/// Core/Periphery > Categorical fits the same model with a genetic algorithm. Tests compare
/// with enumeration of every split (`Scripts/fixtures/generate.py`).
///
/// ## References
/// - S. P. Borgatti, M. G. Everett, "Models of core/periphery structures", Social Networks 21
///   (2000) 375–395, doi:10.1016/S0378-8733(99)00019-2.
public func corePeripheryPartition(
    _ graph: Graph, options: CorePeripheryOptions = .init()
) throws(GraphError) -> CorePeripheryPartition {
    let ties = try CorePeripheryTieTable(graph)
    let coreness: ContinuousCoreness?
    do {
        coreness = try ties.fitCoreness(options)
    } catch .unboundedFit {
        coreness = nil
    }
    let scores = coreness?.coreness ?? ties.strengths()
    let n = ties.nodeCount
    let ranking = (0..<n).sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
    var split = CoreSplit(ties, model: options.corePeripheryTies)
    var bestSize = 0, best = -Double.infinity
    for (k, v) in ranking.dropLast().enumerated() {
        split.move(v)
        let r = split.correlation()
        if r > best {
            best = r
            bestSize = k + 1
        }
    }
    guard bestSize > 0 else {
        return CorePeripheryPartition(isCore: Array(repeating: false, count: n), correlation: .nan, coreness: coreness)
    }
    split = CoreSplit(ties, model: options.corePeripheryTies)
    for v in ranking.prefix(bestSize) { split.move(v) }
    var passes = 0
    while improvementPass(&split, order: ranking) {
        passes += 1
        guard passes < options.maxIterations else {
            throw .notConverged(algorithm: "core–periphery local search", iterations: passes, tolerance: 1e-12)
        }
    }
    return CorePeripheryPartition(isCore: split.isCore, correlation: split.correlation(), coreness: coreness)
}

/// The Pearson correlation between a graph's ties and the ideal core–periphery pattern of a
/// given core (Borgatti & Everett's fitness), e.g. to test whether designated anchor
/// complexes form the core of a network.
///
/// - Parameters:
///   - graph: any graph; its ``Graph/weights``, when set, are tie strengths (non-negative).
///   - isCore: whether each node is in the core.
///   - model: the ideal value of core–periphery pairs; default left out.
/// - Returns: the correlation over the ordered pairs i ≠ j the pattern covers; NaN when the
///   ties or the pattern have no variance there (e.g. a core of one node with the default).
/// - Throws: ``GraphError/countMismatch(what:count:nodeCount:)`` when `isCore` does not have one entry per node;
///   weight errors as ``continuousCoreness(_:options:)``.
///
/// ## Complexity
/// O(n + m) time and memory.
///
/// ## Conventions
/// As ``corePeripheryPartition(_:options:)``.
///
/// ## References
/// Borgatti & Everett (2000), doi:10.1016/S0378-8733(99)00019-2.
public func corePeripheryCorrelation(
    _ graph: Graph, isCore: [Bool], ties model: CorePeripheryTies = .ignored
) throws(GraphError) -> Double {
    guard isCore.count == graph.nodeCount else {
        throw .countMismatch(what: "the core–periphery core flags", count: isCore.count, nodeCount: graph.nodeCount)
    }
    var split = CoreSplit(try CorePeripheryTieTable(graph), model: model)
    for v in isCore.indices where isCore[v] { split.move(v) }
    return split.correlation()
}

/// A core/periphery split with the sums its correlation needs, updated in O(degree) when a node
/// changes side. Sums run over ordered pairs (i, j), i ≠ j, of the tie a_ij.
private struct CoreSplit {
    let ties: CorePeripheryTieTable
    let model: CorePeripheryTies
    private(set) var isCore: [Bool]
    /// Per node: ties to and from core nodes (Σ_{j∈core} a_vj + a_jv), and their squares.
    private var toCore: [Double], toCoreSquared: [Double]
    /// Per node: all its ties to and from others, and their squares.
    private let strength: [Double], strengthSquared: [Double]
    private let total: Double, totalSquared: Double
    private var coreSize = 0
    private var inCore = 0.0, inCoreSquared = 0.0, inPeriphery: Double, inPeripherySquared: Double

    init(_ ties: CorePeripheryTieTable, model: CorePeripheryTies) {
        self.ties = ties
        self.model = model
        let n = ties.nodeCount, adjacency = ties.adjacency
        isCore = Array(repeating: false, count: n)
        toCore = Array(repeating: 0, count: n)
        toCoreSquared = toCore
        var strength = toCore, strengthSquared = toCore
        for v in 0..<n {
            for a in adjacency.row(v) {
                let out = adjacency.outWeight[a], into = adjacency.inWeight[a]
                strength[v] += out + into
                strengthSquared[v] += out * out + into * into
            }
        }
        self.strength = strength
        self.strengthSquared = strengthSquared
        total = strength.reduce(0, +) / 2
        totalSquared = strengthSquared.reduce(0, +) / 2
        inPeriphery = total
        inPeripherySquared = totalSquared
    }

    /// Moves `v` to the other side.
    mutating func move(_ v: Int) {
        let joining = !isCore[v]
        let sign = joining ? 1.0 : -1.0
        if joining {
            inCore += toCore[v]
            inCoreSquared += toCoreSquared[v]
            inPeriphery -= strength[v] - toCore[v]
            inPeripherySquared -= strengthSquared[v] - toCoreSquared[v]
        } else {
            inCore -= toCore[v]
            inCoreSquared -= toCoreSquared[v]
            inPeriphery += strength[v] - toCore[v]
            inPeripherySquared += strengthSquared[v] - toCoreSquared[v]
        }
        let adjacency = ties.adjacency
        for a in adjacency.row(v) {
            let j = Int(adjacency.neighbours[a]), out = adjacency.outWeight[a], into = adjacency.inWeight[a]
            toCore[j] += sign * (out + into)
            toCoreSquared[j] += sign * (out * out + into * into)
        }
        isCore[v] = joining
        coreSize += joining ? 1 : -1
    }

    /// The correlation of the current split.
    func correlation() -> Double {
        correlation(coreSize: coreSize, inCore: inCore, inCoreSquared: inCoreSquared,
                    inPeriphery: inPeriphery, inPeripherySquared: inPeripherySquared)
    }

    /// The correlation if `v` changed side, or nil if it would be undefined. O(1).
    func correlationAfterMoving(_ v: Int) -> Double? {
        let r = isCore[v]
            ? correlation(coreSize: coreSize - 1, inCore: inCore - toCore[v], inCoreSquared: inCoreSquared - toCoreSquared[v],
                          inPeriphery: inPeriphery + strength[v] - toCore[v],
                          inPeripherySquared: inPeripherySquared + strengthSquared[v] - toCoreSquared[v])
            : correlation(coreSize: coreSize + 1, inCore: inCore + toCore[v], inCoreSquared: inCoreSquared + toCoreSquared[v],
                          inPeriphery: inPeriphery - (strength[v] - toCore[v]),
                          inPeripherySquared: inPeripherySquared - (strengthSquared[v] - toCoreSquared[v]))
        return r.isNaN ? nil : r
    }

    private func correlation(
        coreSize k: Int, inCore: Double, inCoreSquared: Double, inPeriphery: Double, inPeripherySquared: Double
    ) -> Double {
        let n = Double(ties.nodeCount), core = Double(k)
        let coreCells = core * (core - 1), peripheryCells = (n - core) * (n - core - 1)
        var cells = coreCells + peripheryCells
        var sumX = inCore + inPeriphery, sumX2 = inCoreSquared + inPeripherySquared
        var sumY = coreCells, sumY2 = coreCells, sumXY = inCore
        if case .density(let d) = model {
            let mixedCells = 2 * core * (n - core)
            let mixed = total - inCore - inPeriphery, mixedSquared = totalSquared - inCoreSquared - inPeripherySquared
            cells += mixedCells
            sumX += mixed
            sumX2 += mixedSquared
            sumY += d * mixedCells
            sumY2 += d * d * mixedCells
            sumXY += d * mixed
        }
        let varX = cells * sumX2 - sumX * sumX, varY = cells * sumY2 - sumY * sumY
        guard varX > 1e-12 * cells * sumX2, varY > 1e-12 * cells * sumY2 else { return .nan }
        return (cells * sumXY - sumX * sumY) / (varX * varY).squareRoot()
    }
}
