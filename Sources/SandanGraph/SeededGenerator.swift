/// A small, fast, seedable random number generator: SplitMix64 (Steele, Lea & Flood 2014,
/// doi:10.1145/2714064.2660195), for algorithms that take a `seed` and must give the same
/// result for the same seed on every platform and Swift version.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and `Int.random(in:using:)` does not
/// promise a stable algorithm across versions, so ``below(_:)`` draws bounded integers itself
/// (Lemire's multiply-and-reject method, doi:10.1145/3230636).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits. O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` > 0), without modulo bias.
    /// O(1) expected.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// `count` distinct integers drawn uniformly from `0..<population`, in the order drawn
    /// (a partial Fisher–Yates shuffle). O(population) time and space.
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        precondition(count >= 0 && count <= population, "sample larger than the population")
        var pool = Array(0..<population)
        for i in 0..<count { pool.swapAt(i, i + below(population - i)) }
        return Array(pool.prefix(count))
    }

    /// A uniform double in [0, 1) with 53 random bits. O(1).
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Shuffles `buffer` in place (Fisher–Yates). O(`buffer.count`).
    package mutating func shuffle(_ buffer: UnsafeMutableBufferPointer<Int32>) {
        var i = buffer.count
        while i > 1 {
            let j = below(i)
            i -= 1
            buffer.swapAt(i, j)
        }
    }
}
