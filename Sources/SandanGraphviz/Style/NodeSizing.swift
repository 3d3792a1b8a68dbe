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

    /// Diameter range in inches on a canvas: from 1/110 of its shorter side (at least 0.05 in)
    /// to 1/20 of it (0.18–0.4 in), whatever the graph's size: the canvas, not the graph, sets
    /// how large a dot can be read.
    static func diameterRange(canvas: Canvas) -> (min: Double, max: Double) {
        let side = min(canvas.width, canvas.height)
        return (max(0.05, side / 110), min(max(side / 20, 0.18), 0.4))
    }

    /// O(n).
    init(metric: NodeMetric?, nodeCount: Int, canvas: Canvas? = nil) {
        let (small, large) = canvas.map(Self.diameterRange(canvas:)) ?? Self.diameterRange(nodeCount: nodeCount)
        guard let metric else {
            let uniform = canvas != nil ? small * 1.6 : (nodeCount <= 200 ? 0.24 : small * 1.5)
            diameters = Array(repeating: uniform, count: nodeCount)
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
