extension String {
    /// Whether this string sorts before `other` by Unicode scalar values: an order that does
    /// not depend on locale or normalisation, so that colours, clusters and styles are handed
    /// out the same way on every machine.
    func precedesInCodePointOrder(_ other: String) -> Bool {
        unicodeScalars.lazy.map(\.value).lexicographicallyPrecedes(other.unicodeScalars.lazy.map(\.value))
    }
}
