/// Colours for a continuous value per node (a metric such as betweenness, or a numeric
/// attribute), from a sequential palette, and the colour bar that explains them.
///
/// The palette is viridis (van der Walt & Smith, matplotlib 1.5, 2015; perceptually uniform,
/// readable in greyscale and under the common colour-vision deficiencies), through the nine
/// stops of R's `viridisLite::viridis(9)` interpolated linearly in sRGB, without its lightest
/// tenth (pale yellow, hard to see on white): t = 0 (the smallest value) is dark purple, t = 1
/// yellow-green.
public struct SequentialColoring: Sendable {
    /// The metric's name, for the legend.
    public var name: String
    /// Colour of each node, `#rrggbb`; nodes without a finite value get ``missing``.
    public var nodeColors: [String]
    /// The smallest and largest finite value, nil when there is none.
    public var range: (min: Double, max: Double)?

    /// The colour of nodes without a finite value.
    public static let missing = "#DDDDDD"

    static let stops: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x47, 0x2D, 0x7B), (0x3B, 0x52, 0x8B), (0x2C, 0x72, 0x8E), (0x21, 0x90, 0x8C),
        (0x27, 0xAD, 0x81), (0x5D, 0xC8, 0x63), (0xAA, 0xDC, 0x32), (0xFD, 0xE7, 0x25),
    ]

    /// The palette's colour at `t` in [0, 1] (clamped). O(1).
    public static func color(at t: Double) -> String {
        let u = min(max(t.isFinite ? t : 0, 0), 1) * 0.9 * Double(stops.count - 1)
        let i = min(Int(u), stops.count - 2)
        let f = u - Double(i)
        let (a, b) = (stops[i], stops[i + 1])
        func mix(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * f).rounded()) }
        return "#" + [mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)].map { hex2($0) }.joined()
    }

    private static func hex2(_ v: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[v / 16], digits[v % 16]])
    }

    /// Colours `metric`'s values linearly between their smallest and largest finite value (all
    /// at the middle when they are equal). O(n).
    public init(metric: NodeMetric) {
        name = metric.name
        let finite = metric.values.filter(\.isFinite)
        let (lo, hi) = (finite.min() ?? 0, finite.max() ?? 0)
        range = finite.isEmpty ? nil : (lo, hi)
        nodeColors = metric.values.map { v in
            guard v.isFinite else { return Self.missing }
            return Self.color(at: hi > lo ? (v - lo) / (hi - lo) : 0.5)
        }
    }
}
