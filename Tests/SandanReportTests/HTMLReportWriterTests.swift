import Testing
@testable import SandanReport

@Suite struct HTMLReportWriterTests {
    let html = HTMLReportWriter.html(SampleDocument.make())

    @Test func pageIsSelfContainedHTML5() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        // Nothing is loaded from anywhere: no src, no external href, no @import or url() in CSS.
        #expect(!html.contains(" src="))
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("@import") && !html.contains("url(http"))
    }

    @Test func contentSecurityPolicyHashesTheInlineStyleAndScript() throws {
        let csp = HTMLReportWriter.contentSecurityPolicy
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp.replacingOccurrences(of: "'", with: "&#39;"))\">"))
        #expect(csp.hasPrefix("default-src 'none'; "))
        let style = try #require(html.firstRange(of: "<style>").map { html[$0.upperBound...] }.flatMap { s in s.firstRange(of: "</style>").map { String(s[..<$0.lowerBound]) } })
        let script = try #require(html.firstRange(of: "<script>").map { html[$0.upperBound...] }.flatMap { s in s.firstRange(of: "</script>").map { String(s[..<$0.lowerBound]) } })
        #expect(csp.contains("style-src 'sha256-\(SHA256.base64Digest(style))'"))
        #expect(csp.contains("script-src 'sha256-\(SHA256.base64Digest(script))'"))
        // Exactly one <script> and one <style>: the hostile names did not add any.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.components(separatedBy: "<style").count == 2)
    }

    @Test func hostileNamesAreTextEverywhere() {
        #expect(!html.contains(Hostile.script))
        #expect(!html.unicodeScalars.contains("\u{202E}") && !html.unicodeScalars.contains("\u{0}"))
        // In a text node quotes are harmless; in attribute values they are escaped.
        #expect(html.contains("<p class=\"subtitle\">\" onmouseover=\"alert(2)\" x='</p>"))
        let check = XMLCheck(HTMLReportWriter.page(SampleDocument.make()).xml)
        #expect(check.attributes.filter { $0.name.hasPrefix("on") }.isEmpty)
        #expect(check.count("script") == 1)
        // Title, cells, chart labels and captions all carry the escaped form.
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
        #expect(html.contains("<title>보고서 \(escaped)</title>"))
        #expect(html.contains("<td>\(escaped)</td>"))
        #expect(html.contains("<td>\" onmouseover=\"alert(2)\" x='</td>"))
        #expect(html.contains("<title>\(escaped): 0.500</title>"))
        #expect(html.contains("</strong> \(escaped)</figcaption>"))
        #expect(html.contains("<code>javascript:alert(3)</code>"))
    }

    @Test func structureParsesAsXMLWithSectionsTablesAndFigures() {
        let page = HTMLReportWriter.page(SampleDocument.make())
        let check = XMLCheck(page.xml)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(check.count("section") == 2)
        #expect(check.count("h2") == 2)
        #expect(check.count("figure") == 2)
        #expect(check.count("table") == 1)
        #expect(check.count("tr") == 5)
        #expect(check.values(of: "data-type") == ["number"])
        #expect(check.values(of: "data-value") == ["0.5", "0.25", "10.0"])
        // The text of the table comes back unchanged through the escaping.
        #expect(check.text.contains(Hostile.script))
        #expect(check.text.contains(Hostile.attribute))
        // Ids are unique across the page, including the two inline charts' titles.
        let ids = check.values(of: "id")
        #expect(Set(ids).count == ids.count)
        #expect(ids.filter { $0.hasSuffix("-title") }.count >= 4)
        // Every aria-labelledby names ids that exist.
        for reference in check.values(of: "aria-labelledby").flatMap({ $0.split(separator: " ") }) {
            #expect(ids.contains(String(reference)), "missing id \(reference)")
        }
    }

    @Test func englishPagesSayTheirLanguage() {
        let english = HTMLReportWriter.html(SampleDocument.make(.en))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<strong>Figure 1.</strong>"))
        #expect(english.contains("<strong>Table 1.</strong>"))
    }
}
