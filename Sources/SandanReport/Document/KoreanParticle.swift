/// Korean particles (조사) that change with the word before them: 은/는, 이/가, 을/를,
/// 과/와, 으로/로.
///
/// The choice follows the last syllable's final consonant (받침). Digits are read as Korean
/// numerals (1 일, 3 삼, 6 육, …), `%` as 퍼센트, Latin letters by their usual Korean reading, and closing
/// brackets or quotes are skipped. When the sound cannot be told (a symbol), both forms are
/// written, "은(는)", as Korean style guides allow.
public enum KoreanParticle: Sendable {
    /// 은/는 (topic).
    case topic
    /// 이/가 (subject).
    case subject
    /// 을/를 (object).
    case object
    /// 과/와 (and, with).
    case and
    /// 으로/로 (to, as, by).
    case toward

    /// `word` followed by the particle in the form its sound calls for.
    public func after(_ word: String) -> String {
        word + form(for: KoreanParticle.ending(of: word))
    }

    private enum Ending { case vowel, rieul, consonant, unknown }

    private func form(for ending: Ending) -> String {
        let (withFinal, withoutFinal): (String, String)
        switch self {
        case .topic: (withFinal, withoutFinal) = ("은", "는")
        case .subject: (withFinal, withoutFinal) = ("이", "가")
        case .object: (withFinal, withoutFinal) = ("을", "를")
        case .and: (withFinal, withoutFinal) = ("과", "와")
        case .toward: (withFinal, withoutFinal) = ("으로", "로")
        }
        switch ending {
        case .vowel: return withoutFinal
        case .rieul: return self == .toward ? withoutFinal : withFinal
        case .consonant: return withFinal
        case .unknown: return "\(withFinal)(\(withoutFinal))"
        }
    }

    private static func ending(of word: String) -> Ending {
        for scalar in word.unicodeScalars.reversed() {
            let v = scalar.value
            switch v {
            case 0xAC00...0xD7A3:
                let final = (v - 0xAC00) % 28
                return final == 0 ? .vowel : (final == 8 ? .rieul : .consonant)
            case 0x30...0x39:
                // 영 일 이 삼 사 오 육 칠 팔 구
                return [.consonant, .rieul, .vowel, .consonant, .vowel, .vowel, .consonant, .rieul, .rieul, .vowel][Int(v - 0x30)]
            case 0x41...0x5A, 0x61...0x7A:
                // Letters read with a final consonant: L (엘, ㄹ), M (엠), N (엔), R (알, ㄹ).
                switch Character(scalar).lowercased() {
                case "l", "r": return .rieul
                case "m", "n": return .consonant
                default: return .vowel
                }
            case 0x25:
                return .vowel  // % is read 퍼센트
            case 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x2019, 0x201D, 0x300D, 0x300F, 0x20, 0x2E:
                continue
            default:
                return .unknown
            }
        }
        return .unknown
    }
}
