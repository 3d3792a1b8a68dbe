import Testing
import SandanClusters
import SandanGraph
import SandanGraphviz
@testable import SandanReport

@Suite struct NetworkReportTests {
    /// Renders diagrams in this process (the CLI uses a child process).
    static let renderer: any DOTRendering = try! GraphvizRenderer()

    static func report(_ graph: Graph, _ language: ReportLanguage = .ko, diagrams: Bool = false) throws -> ReportDocument {
        try NetworkReport.document(for: graph, options: NetworkReportOptions(
            language: language, source: "Graphs/", command: "sandan report -o report.html", sandanVersion: "0.1.0",
            renderer: diagrams ? renderer : nil, graphvizVersion: diagrams ? "2.43.0" : nil)).document
    }

    static func section(_ document: ReportDocument, _ id: String) throws -> ReportSection {
        try #require(document.sections.first { $0.id == id })
    }

    static func figures(_ section: ReportSection) -> [ReportFigure] {
        section.blocks.compactMap { block -> ReportFigure? in
            if case let .figure(figure) = block { return figure }
            return nil
        }
    }

    static func table(_ section: ReportSection, _ index: Int = 0) -> ReportTable? {
        section.blocks.compactMap { block -> ReportTable? in
            if case let .table(table) = block { return table }
            return nil
        }.dropFirst(index).first
    }

    static func paragraphs(_ section: ReportSection) -> String {
        section.blocks.compactMap { block -> String? in
            if case let .paragraph(inlines) = block { return inlines.map(\.string).joined() }
            return nil
        }.joined(separator: "\n")
    }

    @Test func bundledReportHasItsSections() throws {
        let document = try Self.report(try BundledNetwork.graph())
        #expect(document.sections.map(\.id) == ["summary", "layers", "diagram", "centrality", "hubs", "regions", "fragility", "communities", "methods"])
        #expect(document.language == .ko)
        let html = HTMLReportWriter.html(document)
        for section in document.sections { #expect(html.contains("<section id=\"\(section.id)\"")) }
    }

    /// The layers on the bundled network, against Scripts/layers/layers.py (NetworkX, parallel
    /// edges counted as distinct paths): the industrial layer's top five by betweenness are
    /// 군산, 성서 (tied), 반월시화, 울산·미포 (tied), 사천1·2; the union's are the KICOX
    /// headquarters, its Daegu–Gyeongbuk office, 성서, 군산 and the Southeastern office (three
    /// offices); the governance layer's first is the headquarters.
    @Test func layersSectionComparesTheTopFive() throws {
        let options = NetworkReportOptions(language: .en, source: "Graphs/", sandanVersion: "0.1.0", layer: .industrial)
        let (document, analyses) = try NetworkReport.document(for: try BundledNetwork.graph(), options: options)
        #expect(document.sections.map(\.id).prefix(2) == ["summary", "layers"])
        #expect(analyses.facts.nodeKinds.allSatisfy { $0 != "organisation" })
        let layers = try Self.section(document, "layers")
        let table = try #require(Self.table(layers))
        #expect(table.columns.map(\.title) == ["Rank", "industrial layer", "all (union)", "governance layer"])
        #expect(table.rows.map { $0[1].text } == [
            "Gunsan 1 and 2 National Industrial Complexes", "Seongseo General Industrial Complex (phases 1-5)",
            "Banwol-Sihwa National Industrial Complex", "Ulsan-Mipo National Industrial Complex",
            "Sacheon 1 and 2 General Industrial Complexes"])
        #expect(table.rows.map { $0[2].text } == [
            "KICOX Headquarters (Seoul Digital)", "KICOX Daegu-Gyeongbuk Regional HQ (Gumi)",
            "Seongseo General Industrial Complex (phases 1-5)", "Gunsan 1 and 2 National Industrial Complexes",
            "KICOX Southeastern Regional HQ (Changwon)"])
        #expect(table.rows.first?[3].text == "KICOX Headquarters (Seoul Digital)")
        #expect(Self.paragraphs(layers).contains("With both layers together, 3 of the top 5 by betweenness are organisations; in the industrial layer, 0."))
        let centrality = try Self.section(document, "centrality")
        let betweenness = try #require(Self.table(centrality, 1))
        #expect(betweenness.rows.prefix(5).map { $0[1].text } == table.rows.map { $0[1].text })
    }

    @Test func summarySentencesQuoteTheBundledNumbers() throws {
        // Graphs/README.md: 121 nodes and 127 edges; `sandan stats`-independent count of
        // linkages.csv (csv module): 54 anchor-link, 52 management, 6 value-chain-undirected,
        // 5 coordination, 4 value-chain, 3 cooperation, 3 cross-region.
        let summary = try #require(try Self.report(try BundledNetwork.graph()).sections.first)
        let text = Self.paragraphs(summary)
        #expect(text.hasPrefix("이 네트워크는 121개 노드("))
        #expect(text.contains("와 127개 연계로 이루어져 있으며,"))
        #expect(text.contains("거점–연계 54개, 기관 관리 52개, 가치사슬(방향 미상) 6개, 지원·조정 5개, 가치사슬 4개, 공동 개발 3개, 광역권 간 협력 3개"))
        let kinds = try #require(Self.table(summary))
        #expect(kinds.rows.map { $0[1].value } == [54, 52, 6, 5, 4, 3, 3])
        #expect(kinds.rows.map { $0[0].text } == ["거점–연계", "기관 관리", "가치사슬(방향 미상)", "지원·조정", "가치사슬", "공동 개발", "광역권 간 협력"])
    }

    @Test func summaryAgreesWithTheLibrary() throws {
        let graph = try BundledNetwork.graph()
        let summary = try #require(try Self.report(graph, .en).sections.first)
        let components = weaklyConnectedComponents(graph)
        let largest = components.sizes[try #require(components.largest)]
        #expect(Self.paragraphs(summary).contains("falls into \(components.count) components"))
        #expect(Self.paragraphs(summary).contains("the largest holds \(largest) nodes"))
        // The programme table sums to the linkages that carry a programme.
        let programmes = try #require(Self.table(summary, 1))
        let withProgramme = (0..<graph.edgeCount).filter { graph.edgeAttributes.value("programme", at: $0) != nil }.count
        #expect(programmes.rows.compactMap { $0[1].value }.reduce(0, +) == Double(withProgramme))
    }

    @Test func methodsNameTheSourcesTheCommandAndTheVersion() throws {
        let methods = try #require(try Self.report(try BundledNetwork.graph()).sections.last)
        let sources = try #require(Self.table(methods))
        // Graphs/ cites three seeds: 000, 001 and 003 (002 and 004 name no complex; Graphs/README.md).
        #expect(sources.rows.map { $0[0].text } == ["000_5c4ffd1b9c21ec6c.txt", "001_80fed19471932321.txt", "003_aebfa6a18b6ff4d2.txt"])
        // Rows citing each, counted in complexes.csv and linkages.csv with Python's csv module.
        let counts = sources.rows.map { [$0[2].value, $0[3].value] }
        #expect(counts.map { ($0[0] ?? 0) + ($0[1] ?? 0) } == [125, 59, 103])
        #expect(sources.rows.allSatisfy { $0[1].text != "—" })
        let html = HTMLReportWriter.html(try Self.report(try BundledNetwork.graph()))
        #expect(html.contains("<code>sandan report -o report.html</code>"))
        #expect(html.contains("Sandan 0.1.0"))
    }

    /// The data section says what the bundled network covers; counts from complexes.csv and
    /// linkages.csv with Python's csv module (72 complexes, 6 areas, 43 organisations, 127
    /// edges, 52 management), 72 / 1,306 = 5.5 % (seed 000's national count).
    @Test func dataSectionSaysWhatTheNetworkCovers() throws {
        let methods = try #require(try Self.report(try BundledNetwork.graph(), .en).sections.last)
        #expect(Self.paragraphs(methods).contains(
            "These data are the policy-linkage network of the source documents: the 72 industrial complexes that five policy documents name (5.5% of the 1,306 complexes seed 000 counts nationally), 6 linked areas and 43 organisations (agency offices and support bodies); 52 of the 127 linkages are the agency's management edges."))
        let hostile = try #require(try Self.report(try BundledNetwork.hostile(), .en).sections.last)
        #expect(!Self.paragraphs(hostile).contains("policy-linkage network"))
    }

    @Test func hostileNamesAreEscapedInTheWholeReport() throws {
        let document = try Self.report(try BundledNetwork.hostile())
        let html = HTMLReportWriter.html(document)
        #expect(!html.contains(Hostile.script))
        #expect(!html.unicodeScalars.contains("\u{202E}"))
        let check = XMLCheck(HTMLReportWriter.page(document).xml)
        #expect(check.isWellFormed)
        #expect(check.count("script") == 1)
        #expect(check.attributes.filter { $0.name.hasPrefix("on") }.isEmpty)
        #expect(check.text.contains(Hostile.script))
        let markdown = MarkdownReportWriter.markdown(document, baseName: "report").markdown
        #expect(!markdown.contains("<script>"))
    }
}
