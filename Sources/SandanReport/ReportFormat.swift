/// The report formats `sandan report` writes, chosen from the output's extension.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A self-contained HTML5 page.
    case html
    /// Markdown with the diagrams as SVG files beside it.
    case markdown = "md"
}
