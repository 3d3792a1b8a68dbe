import Testing
import SandanReport

/// Report formats are named by the output's extension.
@Suite struct ReportFormatTests {
    @Test func extensionsNameTheFormats() {
        #expect(ReportFormat(rawValue: "html") == .html)
        #expect(ReportFormat(rawValue: "md") == .markdown)
        #expect(ReportFormat(rawValue: "pdf") == nil)
    }
}
