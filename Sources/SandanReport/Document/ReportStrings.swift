/// The words of a report that do not come from data, in the report's language.
///
/// Each property or function holds both languages side by side, so that a sentence is
/// changed in both at once. Sentences about a network are in the extensions beside this file.
public struct ReportStrings: Sendable {
    /// The language of every string.
    public let language: ReportLanguage

    public init(_ language: ReportLanguage) { self.language = language }

    /// Picks the Korean or the English text.
    func pick(_ ko: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        language == .ko ? ko() : en()
    }

    /// The label of the table of contents.
    public var contents: String { pick("목차", "Contents") }

    /// "그림 3." / "Figure 3."
    public func figureLabel(_ number: Int) -> String { pick("그림 \(number).", "Figure \(number).") }

    /// "표 2." / "Table 2."
    public func tableLabel(_ number: Int) -> String { pick("표 \(number).", "Table \(number).") }

    /// The tooltip of a sortable table header.
    public var sortHint: String { pick("눌러서 정렬", "Click to sort") }

    /// The footer line naming what made the report.
    public func madeWith(_ generator: String) -> String {
        pick("\(KoreanParticle.toward.after(generator)) 만든 보고서입니다.", "Report made with \(generator).")
    }
}
