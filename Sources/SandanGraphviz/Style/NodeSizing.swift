/// Node diameters from a metric: area proportional to the value between the smallest and the
/// largest diameter for the graph's size.
struct NodeSizing {
    /// Diameter of each node, in inches.
    let diameters: [Double]
    /// Each node's position between the smallest (0) and the largest (1) value, as the square
    /// root of the linear position (so that area, not diameter, follows the value).
    let scale: [Double]
    /// The smallest and largest finite value, when a metric was given and had one.
    let range: (min: Double, max: Double)?
    /// Nodes whose value was not finite (drawn at the smallest size).
    let nonFinite: Int

    /// Diameter range in inches for a graph of `nodeCount` nodes: big nodes on small graphs,
    /// small ones on large graphs so that the drawing stays readable.
    static func diameterRange(nodeCount: Int) -> (min: Double, max: Double) {
        switch nodeCount {
        case ...200: (0.14, 0.62)
        case ...2000: (0.08, 0.4)
        default: (0.04, 0.25)
        }
    }

    /// O(n).
    init(metric: NodeMetric?, nodeCount: Int) {
        let (small, large) = Self.diameterRange(nodeCount: nodeCount)
        guard let metric else {
            diameters = Array(repeating: nodeCount <= 200 ? 0.24 : small * 1.5, count: nodeCount)
            scale = Array(repeating: 0, count: nodeCount)
            range = nil
            nonFinite = 0
            return
        }
        let finite = metric.values.filter(\.isFinite)
        nonFinite = metric.values.count - finite.count
        guard let lo = finite.min(), let hi = finite.max() else {
            diameters = Array(repeating: small, count: nodeCount)
            scale = Array(repeating: 0, count: nodeCount)
            range = nil
            return
        }
        range = (lo, hi)
        scale = metric.values.map { v in
            guard v.isFinite else { return 0 }
            return hi > lo ? ((v - lo) / (hi - lo)).squareRoot() : 0.5
        }
        diameters = scale.map { small + (large - small) * $0 }
    }
}
