import Testing
@testable import SandanReport

@Suite struct MarkdownReportWriterTests {
    @Test func escapesDataSoThatNoMarkupSurvives() {
        #expect(MarkdownEscaping.text(Hostile.script) == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownEscaping.text("*a* [b](c) | d") == "\\*a\\* \\[b\\](c) \\| d")
        #expect(MarkdownEscaping.lineStart("- item") == "\\- item")
        #expect(MarkdownEscaping.lineStart("1. first") == "1\\. first")
        #expect(MarkdownEscaping.text("1. first") == "1. first")
        #expect(MarkdownEscaping.text("line\nbreak") == "line break")
        #expect(MarkdownEscaping.code("a`b") == "``a`b``")
        #expect(MarkdownEscaping.code("`x`") == "`` `x` ``")
    }

    @Test func reportHasTheSameContentWithPicturesBesideIt() {
        let output = MarkdownReportWriter.markdown(SampleDocument.make(), baseName: "report")
        let text = output.markdown
        #expect(text.hasPrefix("# 보고서 \\<script\\>alert(1)\\</script\\>\n"))
        #expect(text.contains("\n## 요약\n"))
        #expect(text.contains("\n## 중심성\n"))
        #expect(text.contains("| 단지 | 매개 중심성 |\n| --- | ---: |\n| \\<script\\>alert(1)\\</script\\> | 0.500 |\n"))
        #expect(!text.contains("<script>") && !text.contains("\u{202E}"))
        #expect(output.files.count == 2)
        for file in output.files {
            #expect(text.contains("](\(file.name))"))
            #expect(file.name.hasPrefix("report-") && file.name.hasSuffix(".svg") && file.name.utf8.count <= 200)
            let check = XMLCheck(file.contents)
            #expect(check.isWellFormed)
            #expect(check.elements.first == "svg")
        }
        #expect(Set(output.files.map(\.name)).count == 2)
    }
}
