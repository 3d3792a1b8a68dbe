import SandanClusters
import SandanGraph

/// The proximity links of `graph` (``proximityLinks(_:options:)``), with the warnings every
/// command that derives them prints on standard error: how many nodes have only approximate
/// city-level coordinates, and how many have none. Shared by `sandan proximity` and the input
/// option `--proximity-km`.
/// - Throws: what ``proximityLinks(_:options:)`` throws; too many pairs with the option that
///   raises the limit.
func derivedProximityLinks(_ graph: Graph, options: ProximityOptions) throws -> ProximityLinks {
    let links: ProximityLinks
    do {
        links = try proximityLinks(graph, options: options)
    } catch .tooManyResults(let what, let limit) {
        throw CommandFailure("there are more than \(limit) \(what) (n nodes at one place make n(n−1)/2 pairs); "
            + "the limit is \(limit) (raise it with --max-pairs), or use a smaller distance")
    }
    if links.approximateNodes > 0 {
        warn("\(links.approximateNodes) node(s) have approximate city-level coordinates (coords = approx-city) or town-level ones (approx-town); distances are between city or town centres")
    }
    if links.nodesWithoutCoordinates > 0 { warn("\(links.nodesWithoutCoordinates) node(s) have no coordinates and get no proximity link") }
    return links
}
