/// A small, fast, seeded pseudo-random generator (SplitMix64) whose sequence is fixed by its seed,
/// so that community detection gives the same answer for the same seed on every platform and
/// Swift version (it does not go through the standard library's `random(in:using:)`, whose
/// algorithm may change).
///
/// Reference: Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable pseudorandom number
/// generators. *OOPSLA 2014*, 453–472. doi:10.1145/2660193.2660195
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), by Lemire's multiply-and-reject method.
    ///
    /// Reference: Lemire, D. (2019). Fast random integer generation in an interval. *ACM
    /// Transactions on Modeling and Computer Simulation* 29(1), 3. doi:10.1145/3230636
    mutating func next(below bound: Int) -> Int {
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Shuffles `buffer` in place (Fisher–Yates).
    mutating func shuffle(_ buffer: UnsafeMutableBufferPointer<Int32>) {
        var i = buffer.count
        while i > 1 {
            let j = next(below: i)
            i -= 1
            buffer.swapAt(i, j)
        }
    }
}
