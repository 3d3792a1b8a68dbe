/// The seven node roles of Guimerà & Amaral (2005), from a node's within-module degree z-score
/// and its participation coefficient P.
public enum ModuleRole: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// R1, non-hub with (nearly) all links inside its module.
    case ultraPeripheral = 1
    /// R2, non-hub with most links inside its module.
    case peripheral
    /// R3, non-hub with many links to other modules.
    case connector
    /// R4, non-hub with links spread evenly over all modules.
    case kinless
    /// R5, hub with most links inside its module.
    case provincialHub
    /// R6, hub with many links to other modules.
    case connectorHub
    /// R7, hub with links spread evenly over all modules.
    case kinlessHub

    /// "R1" … "R7".
    public var code: String { "R\(rawValue)" }

    public var description: String {
        switch self {
        case .ultraPeripheral: "ultra-peripheral"
        case .peripheral: "peripheral"
        case .connector: "connector"
        case .kinless: "kinless"
        case .provincialHub: "provincial hub"
        case .connectorHub: "connector hub"
        case .kinlessHub: "kinless hub"
        }
    }
}

/// The thresholds that turn (z, P) into a ``ModuleRole``; the defaults are the paper's.
public struct ModuleRoleThresholds: Sendable, Equatable {
    /// Hubs have z ≥ this. Default 2.5.
    public var hubZ: Double
    /// Non-hub P boundaries: R1 ≤ first < R2 ≤ second < R3 ≤ third < R4. Default 0.05, 0.62, 0.80.
    public var nonHubParticipation: (Double, Double, Double)
    /// Hub P boundaries: R5 ≤ first < R6 ≤ second < R7. Default 0.30, 0.75.
    public var hubParticipation: (Double, Double)

    public init(hubZ: Double = 2.5, nonHubParticipation: (Double, Double, Double) = (0.05, 0.62, 0.80),
                hubParticipation: (Double, Double) = (0.30, 0.75)) {
        self.hubZ = hubZ
        self.nonHubParticipation = nonHubParticipation
        self.hubParticipation = hubParticipation
    }

    /// The role of a node with within-module z-score `z` and participation `p`.
    public func role(z: Double, participation p: Double) -> ModuleRole {
        if z >= hubZ {
            return p <= hubParticipation.0 ? .provincialHub : p <= hubParticipation.1 ? .connectorHub : .kinlessHub
        }
        let (r1, r2, r3) = nonHubParticipation
        return p <= r1 ? .ultraPeripheral : p <= r2 ? .peripheral : p <= r3 ? .connector : .kinless
    }

    public static func == (a: ModuleRoleThresholds, b: ModuleRoleThresholds) -> Bool {
        a.hubZ == b.hubZ && a.nonHubParticipation == b.nonHubParticipation && a.hubParticipation == b.hubParticipation
    }
}

/// Within-module degree z-scores, participation coefficients and roles of every node.
public struct ModuleRoles: Sendable, Equatable {
    /// z_i = (κ_i − mean κ over i's module) / (standard deviation of κ over i's module), with
    /// κ_i the links of i inside its module; 0 when the module's deviation is 0.
    public let withinModuleZ: [Double]
    /// P_i = 1 − Σ_s (κ_is / k_i)², κ_is the links of i to module s; 0 for a node without links.
    public let participation: [Double]
    /// The role of every node.
    public let roles: [ModuleRole]
}

/// Guimerà–Amaral roles of every node for a partition into modules (communities, regions).
///
/// κ_is is the number of i's links to nodes of module s (with weights: their summed weight),
/// k_i = Σ_s κ_is. The within-module degree z-score compares κ_i,s_i with the other members
/// of i's own module s_i; the participation coefficient P_i = 1 − Σ_s (κ_is / k_i)² is 0 when
/// all links stay in one module and approaches 1 when they are spread evenly. Roles: non-hubs
/// (z < 2.5) are R1 ultra-peripheral (P ≤ 0.05), R2 peripheral (P ≤ 0.62), R3 connector
/// (P ≤ 0.80) or R4 kinless; hubs are R5 provincial (P ≤ 0.30), R6 connector (P ≤ 0.75) or
/// R7 kinless.
///
/// - Parameters:
///   - graph: an undirected graph; its ``Graph/weights``, when set, are tie strengths.
///   - modules: a module for every node, e.g. a community partition or `NodeGroups(graph,
///     attribute: "region")`.
///   - thresholds: the role boundaries; the default is the paper's.
/// - Returns: z, P and the role of every node.
/// - Throws: ``GraphError/directedGraph(algorithm:)`` for a directed graph (the paper's measures are
///   undirected: pass `graph.undirected()`) or when `modules` does not have one label per
///   node; ``GraphError/negativeWeight(algorithm:edge:weight:)`` or
///   ``GraphError/invalidWeight(algorithm:edge:weight:)`` for a weight below 0 or not finite.
///
/// ## Complexity
/// O(n + m + number of modules) time and memory.
///
/// ## Conventions
/// - Self-loops are ignored; parallel edges form one link (weighted: weights add up).
/// - The standard deviation is the population one (divide by the module size); a module whose
///   members all have the same κ gives z = 0, as does a one-node module.
/// - A node without links has P = 0 (the paper leaves it undefined) and, being a non-hub, R1.
///
/// ## References
/// R. Guimerà, L. A. N. Amaral, "Functional cartography of complex metabolic networks",
/// Nature 433 (2005) 895–900, doi:10.1038/nature03288.
public func moduleRoles(
    _ graph: Graph, modules: NodeGroups, thresholds: ModuleRoleThresholds = .init()
) throws(GraphError) -> ModuleRoles {
    guard !graph.isDirected else {
        throw .directedGraph(algorithm: "the Guimerà–Amaral role analysis")
    }
    try modules.check(against: graph, algorithm: "Guimerà–Amaral roles")
    let adjacency = try SimpleAdjacency(graph, useWeights: true, algorithm: "Guimerà–Amaral roles")
    let n = adjacency.nodeCount
    let label = modules.labels
    var inside = [Double](repeating: 0, count: n)
    var participation = [Double](repeating: 0, count: n)
    var perModule = [Double](repeating: 0, count: modules.count)
    var touched: [Int] = []
    for i in 0..<n {
        var k = 0.0
        for a in adjacency.row(i) {
            let s = label[Int(adjacency.neighbours[a])], w = adjacency.outWeight[a]
            if perModule[s] == 0 { touched.append(s) }
            perModule[s] += w
            k += w
        }
        inside[i] = perModule[label[i]]
        var concentration = 0.0
        for s in touched {
            if k > 0 { concentration += (perModule[s] / k) * (perModule[s] / k) }
            perModule[s] = 0
        }
        touched.removeAll(keepingCapacity: true)
        participation[i] = k > 0 ? 1 - concentration : 0
    }
    // Mean and population deviation of κ within each module, in two passes.
    var mean = [Double](repeating: 0, count: modules.count), size = mean, spread = mean
    for i in 0..<n {
        mean[label[i]] += inside[i]
        size[label[i]] += 1
    }
    for s in 0..<modules.count where size[s] > 0 { mean[s] /= size[s] }
    for i in 0..<n {
        let d = inside[i] - mean[label[i]]
        spread[label[i]] += d * d
    }
    let z = (0..<n).map { i -> Double in
        let s = label[i], sd = (spread[s] / size[s]).squareRoot()
        return sd > 0 ? (inside[i] - mean[s]) / sd : 0
    }
    let roles = zip(z, participation).map { thresholds.role(z: $0, participation: $1) }
    return ModuleRoles(withinModuleZ: z, participation: participation, roles: roles)
}
