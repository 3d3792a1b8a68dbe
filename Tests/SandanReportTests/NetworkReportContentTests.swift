import Testing
import SandanClusters
import SandanGraph
@testable import SandanReport

/// The report's tables and sentences against the library's own results on the bundled network.
@Suite struct NetworkReportContentTests {
    let graph: Graph
    let document: ReportDocument
    let names: [String]

    init() throws {
        let graph = try BundledNetwork.graph()
        self.graph = graph
        document = try NetworkReportTests.report(graph)
        names = (0..<graph.nodeCount).map { graph.nodeAttributes.value("name_ko", at: $0)?.description ?? graph.ids[$0] }
    }

    func tables(_ id: String) throws -> [ReportTable] {
        let section = try NetworkReportTests.section(document, id)
        return section.blocks.compactMap { block -> ReportTable? in
            if case let .table(table) = block { return table }
            return nil
        }
    }

    func isOrganisation(_ v: Int) -> Bool { graph.nodeAttributes.value("kind", at: v)?.description == "organisation" }

    @Test func centralityTablesListTheLibrarysTopComplexes() throws {
        let tables = try self.tables("centrality")
        let measures: [(String, [Double], Int)] = [
            ("연결 중심성", degreeCentrality(graph), 4), ("매개 중심성", try betweennessCentrality(graph), 4),
            ("조화 근접 중심성", try harmonicCentrality(graph), 2), ("페이지랭크", try pageRank(graph), 4),
        ]
        for (title, values, decimals) in measures {
            let table = try #require(tables.first { $0.columns.last?.title == title })
            #expect(table.rows.count == 10)
            // Values descend, no organisation is ranked, and no complex left out beats the last.
            let shown = table.rows.map { $0[4].value ?? -1 }
            #expect(shown == shown.sorted(by: >))
            let rankedNames = Set(table.rows.map { $0[1].text })
            let candidates = (0..<graph.nodeCount).filter { !isOrganisation($0) }
            for v in candidates where !rankedNames.contains(names[v]) { #expect(values[v] <= shown.last! + 1e-12) }
            for row in table.rows {
                let v = try #require(candidates.first { names[$0] == row[1].text })
                #expect(row[4].value == values[v])
                #expect(row[4].text == NumberFormatting.fixed(values[v], decimals: decimals))
                #expect(row[3].value == Double(graph.degree(v)))
            }
        }
    }

    /// 25 anchors (Graphs/README.md): 20 with anchor-links and the five 2019 anchors that have
    /// none (달성1차, 동해북평, 충주제1, 신평장림, 정읍제3), listed with 0 spokes.
    @Test func hubTableHasEveryAnchorWithItsSpokes() throws {
        let table = try #require(try tables("hubs").first)
        let profiles = hubSpokeProfiles(graph)
        #expect(table.rows.count == profiles.count)
        #expect(profiles.count == 25)
        #expect(table.rows.filter { $0[2].value == 0 }.count == 5)
        let text = NetworkReportTests.paragraphs(try NetworkReportTests.section(document, "hubs"))
        #expect(text.contains("거점 25곳이") && text.contains("그 가운데 5곳은 거점으로 지정되었지만"))
        for profile in profiles {
            let row = try #require(table.rows.first { $0[0].text == names[profile.anchor] })
            #expect(row[2].value == Double(profile.spokes.count))
            for spoke in profile.spokes { #expect(row[3].text.contains(names[spoke])) }
        }
    }

    /// Agency offices broker the most between provinces (the library's ranking over every node
    /// puts an organisation first), but the report's brokers table lists complexes and areas
    /// only, led by the library's first non-organisation, and the text says so with the count
    /// of offices left out (43 organisation nodes, Graphs/README.md).
    @Test func brokersBetweenProvincesAreComplexesAndAreas() throws {
        let regions = (0..<graph.nodeCount).map { graph.nodeAttributes.value("region", at: $0)?.description }
        let ranking = try RegionBroker.ranking(graph, regions: regions)
        #expect(ranking.first.map { isOrganisation($0.node) } == true)
        let table = try #require(try tables("regions").last)
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            let v = try #require(names.firstIndex(of: row[0].text))
            #expect(!isOrganisation(v))
        }
        let firstPlace = try #require(ranking.first { !isOrganisation($0.node) && $0.betweenRegions > 0 })
        #expect(table.rows.first?[0].text == names[firstPlace.node])
        let text = NetworkReportTests.paragraphs(try NetworkReportTests.section(document, "regions"))
        #expect(text.contains("중개자는 산업단지와 연계지역만 보여 줍니다. 기관 노드 43곳"))
    }

    @Test func cutVerticesAndBridgesAgreeWithBiconnectedComponents() throws {
        // Two implementations: the report's table comes from SandanClusters' criticalNodes
        // (one search per removed node), the check from SandanGraph's Hopcroft–Tarjan.
        let undirected = graph.isDirected ? graph.undirected() : graph
        let cuts = articulationPoints(undirected)
        let tables = try self.tables("fragility")
        let cutTable = try #require(tables.first)
        for row in cutTable.rows {
            let v = try #require((0..<graph.nodeCount).first { names[$0] == row[0].text })
            #expect(cuts[v])
        }
        let fragility = try NetworkReportTests.section(document, "fragility")
        #expect(NetworkReportTests.paragraphs(fragility).contains("절단점)가 \(cuts.filter { $0 }.count)곳"))
        let isBridge = bridges(undirected)
        let bridgeCount = isBridge.filter { $0 }.count
        let inner = isBridge.indices.filter { isBridge[$0] && graph.degree(graph.source(of: $0)) > 1 && graph.degree(graph.target(of: $0)) > 1 }
        #expect(tables[1].rows.count == inner.count)
        #expect(NetworkReportTests.paragraphs(fragility).contains("다리)가 \(bridgeCount)개"))
        #expect(NetworkReportTests.paragraphs(fragility).contains("나머지 \(inner.count)개는"))
        #expect(NetworkReportTests.figures(fragility).map(\.name) == ["resilience"])
    }

    @Test func communitiesQuoteTheirModularity() throws {
        let undirected = graph.isDirected ? graph.undirected() : graph
        let partition = try louvainCommunities(undirected, options: LouvainOptions(seed: 0))
        let q = try modularity(undirected, partition: partition.labels)
        let text = NetworkReportTests.paragraphs(try NetworkReportTests.section(document, "communities"))
        #expect(text.contains("\(partition.count)개이며, 모듈성은 Q = \(NumberFormatting.fixed(q, decimals: 3))입니다."))
        let table = try #require(try tables("communities").first)
        #expect(table.rows.map { $0[1].value ?? 0 }.reduce(0, +) == Double(partition.sizes.filter { $0 > 1 }.reduce(0, +)))
    }

    @Test func regionTableMatchesTheRegionNetwork() throws {
        let network = try regionNetwork(graph)
        let table = try #require(try tables("regions").first)
        #expect(table.rows.count == network.regions.count)
        for region in network.regions {
            let row = try #require(table.rows.first { $0[0].text == region.region })
            #expect(row[1].value == Double(region.members))
            #expect(row[2].value == Double(region.internalLinkages))
            #expect(row[3].value == Double(region.externalLinkages))
        }
    }

    @Test func diagramsAreInlineSVGWithUniqueIDs() throws {
        let document = try NetworkReportTests.report(graph, diagrams: true)
        let network = try #require(NetworkReportTests.figures(try NetworkReportTests.section(document, "diagram")).first)
        let regions = try #require(NetworkReportTests.figures(try NetworkReportTests.section(document, "regions")).first)
        #expect(network.name == "network" && regions.name == "regions")
        let html = HTMLReportWriter.html(document)
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        let check = XMLCheck(HTMLReportWriter.page(document).xml)
        #expect(check.isWellFormed)
        let ids = check.values(of: "id")
        #expect(Set(ids).count == ids.count)
        #expect(check.count("svg") == 2 + 1 + 1 + 1)  // two diagrams, degree histogram, betweenness bars, resilience curve
        // The network diagram names complexes in its labels.
        #expect(check.text.contains("구미국가산업단지") || check.text.contains("구미국가"))
        // A Korean report's diagrams have Korean legends.
        #expect(check.text.contains("색: 시·도") && check.text.contains("연계 종류") && check.text.contains("거점 → 연계 단지"))
        #expect(!check.text.contains("Linkages") && !check.text.contains("Node area"))
    }
}
