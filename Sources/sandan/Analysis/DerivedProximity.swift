import SandanClusters
import SandanGraph

/// The proximity links of `graph` (``proximityLinks(_:options:)``), with the warnings every
/// command that derives them prints on standard error: how many nodes have only approximate
/// city-level coordinates, and how many have none. Shared by `sandan proximity` and the input
/// option `--proximity-km`.
/// - Throws: what ``proximityLinks(_:options:)`` throws.
func derivedProximityLinks(_ graph: Graph, options: ProximityOptions) throws -> ProximityLinks {
    let links = try proximityLinks(graph, options: options)
    if links.approximateNodes > 0 {
        warn("\(links.approximateNodes) node(s) have approximate city-level coordinates (coords = approx-city) or town-level ones (approx-town); distances are between city or town centres")
    }
    if links.nodesWithoutCoordinates > 0 { warn("\(links.nodesWithoutCoordinates) node(s) have no coordinates and get no proximity link") }
    return links
}

extension ProximityOptions {
    /// The options of `sandan proximity --node-kind` and `--proximity-kind`: only nodes of
    /// `kinds` when some are given, else every node but organisations (an agency office near a
    /// complex is no linkage).
    static func commandLine(km: Double, kinds: [String]) -> ProximityOptions {
        ProximityOptions(thresholdKm: km, nodeKinds: kinds.isEmpty ? nil : Set(kinds),
                         excludedNodeKinds: kinds.isEmpty ? [NodeKind.organisation.rawValue] : [])
    }
}
