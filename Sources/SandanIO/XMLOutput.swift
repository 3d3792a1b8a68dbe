/// Writing XML text for GraphML and GEXF.
enum XMLOutput {
    /// `text` escaped for an attribute value in double quotes or for element content: `&`, `<`,
    /// `>` and `"` as entities, and tab, LF and CR as character references so that they survive
    /// attribute-value normalisation.
    /// - Throws: ``InputError`` naming `file` when `text` holds a character XML 1.0 cannot carry
    ///   at all (a control character other than tab, LF and CR, or U+FFFE/U+FFFF).
    static func escape(_ text: String, file: String, what: @autoclosure () -> String) throws(InputError) -> String {
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
                    throw InputError(file: file, "\(what()) \(IdentifierCheck.escaped(text)) holds a control character that XML cannot carry")
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
