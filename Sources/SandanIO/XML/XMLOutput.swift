/// Writing XML text for GraphML and GEXF.
enum XMLOutput {
    /// `text` escaped for an attribute value in double quotes or for element content: `&`, `<`,
    /// `>` and `"` as entities, and tab, LF and CR as character references so that they survive
    /// attribute-value normalisation. O(length of `text`).
    /// - Throws: ``OutputError`` naming `file` when `text` holds a character XML 1.0 cannot carry
    ///   at all (a control character other than tab, LF and CR, or U+FFFE/U+FFFF).
    static func escape(_ text: String, file: String, what: @autoclosure () -> String) throws(OutputError) -> String {
        try escape(text) { () throws(OutputError) in
            throw OutputError(file: file, "\(what()) \(IdentifierCheck.escaped(text)) holds a control character that XML cannot carry")
        }
    }

    /// `text` escaped as ``escape(_:file:what:)`` does, with the characters XML 1.0 cannot carry
    /// left out instead of refused: for a spreadsheet's cells, where such a character shows as
    /// nothing anyway. O(length of `text`).
    static func escapeDroppingForbidden(_ text: String) -> String {
        escape(text) { () throws(Never) in }
    }

    /// The one escaping loop; `forbidden` is called for a character XML cannot carry, which is
    /// then left out (unless `forbidden` throws).
    private static func escape<E: Error>(_ text: String, forbidden: () throws(E) -> Void) throws(E) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    try forbidden()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
