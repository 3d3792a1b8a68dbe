/// How a drawing shows one node: its colour, size and position, as GEXF's `viz` module carries
/// them (``GEXFFormat``). A neutral value, so that file formats need not know how a drawing was
/// made: `sandan` fills it from the Graphviz layout and style of `sandan render`.
///
/// Conventions: channels 0–255, alpha 0–1; `size` and the coordinates in one unit (Sandan
/// uses points, 1/72 in, with y growing upwards as in Graphviz, and the radius of the circle
/// `sandan render` draws as the size).
public struct NodeVisual: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    /// Opacity, 0 (transparent) to 1 (opaque).
    public var alpha: Double
    /// The node's radius; not negative.
    public var size: Double
    public var x: Double
    public var y: Double
    public var z: Double

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: Double = 1, size: Double, x: Double, y: Double, z: Double = 0) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
        self.size = size
        self.x = x
        self.y = y
        self.z = z
    }

    /// The colour of `hex`, `#RRGGBB` or `#RRGGBBAA` (any letter case); nil for anything else.
    /// O(1).
    public static func channels(hex: String) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: Double)? {
        let digits = Array(hex.utf8)
        guard digits.first == UInt8(ascii: "#"), digits.count == 7 || digits.count == 9 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 1, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return (bytes[0], bytes[1], bytes[2], bytes.count == 4 ? Double(bytes[3]) / 255 : 1)
    }
}
