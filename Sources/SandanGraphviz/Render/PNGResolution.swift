/// Records a PNG's resolution: Graphviz's cairo PNG has no `pHYs` chunk (FIELD_NOTES §9), so a
/// print size would be lost; this inserts one after `IHDR`.
///
/// The chunk (PNG specification, 2nd ed., §11.3.5.3): pixels per unit in x and y as 4-byte
/// big-endian integers, then unit 1 (the metre); 300 dpi is 11,811 px/m (300 / 0.0254,
/// rounded). The CRC-32 is ISO 3309's (polynomial 0xEDB88320, reflected), over type and data.
public enum PNGResolution {
    /// `png` with a `pHYs` chunk for `dpi` after its header (replacing none; a PNG that already
    /// has one, or is not a PNG, is returned as it is). O(size).
    public static func recording(dpi: Double, in png: [UInt8]) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard png.count > 33, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8),
              !contains(png, chunk: "pHYs") else { return png }
        let perMetre = UInt32((dpi / 0.0254).rounded())
        let body = Array("pHYs".utf8) + bigEndian(perMetre) + bigEndian(perMetre) + [1]
        let chunk = bigEndian(9) + body + bigEndian(crc32(body))
        let headerEnd = 8 + 4 + 4 + 13 + 4
        return Array(png[..<headerEnd]) + chunk + Array(png[headerEnd...])
    }

    /// Whether a chunk of type `type` appears before the image data. O(size).
    static func contains(_ png: [UInt8], chunk type: String) -> Bool {
        var i = 8
        while i + 8 <= png.count {
            let length = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
            let name = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            if name == type { return true }
            if name == "IDAT" || name == "IEND" { return false }
            i += 12 + length
        }
        return false
    }

    static func bigEndian(_ x: UInt32) -> [UInt8] { [UInt8(x >> 24), UInt8(x >> 16 & 0xFF), UInt8(x >> 8 & 0xFF), UInt8(x & 0xFF)] }

    /// CRC-32 of `bytes` (ISO 3309 / ITU-T V.42, as PNG uses). O(count), bit by bit.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
