/// The language of a report's headings and sentences.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// Korean (the default for the bundled national network).
    case ko
    /// English.
    case en

    /// The BCP 47 tag for the page's `lang` attribute.
    public var tag: String { rawValue }
}
