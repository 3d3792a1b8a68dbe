/// A text of Sandan's vocabulary in the two languages it writes: Korean, the language of the
/// seed documents, and English.
public struct Bilingual: Sendable, Hashable {
    /// The Korean text.
    public let ko: String
    /// The English text.
    public let en: String

    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// The Korean text when `korean`, else the English one.
    public func text(korean: Bool) -> String { korean ? ko : en }
}
