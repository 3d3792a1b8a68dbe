import SandanClusters
import SandanGraph

/// The layers: which layer the report analyses, the governance layer on its own (its size and
/// its most central offices), and how the top five by betweenness change between the analysed
/// layer, the union and the governance layer. Only for a graph that holds both layers
/// (``NetworkLayer/defaultLayer(for:)`` is industrial), such as the bundled network.
enum LayersSection {
    /// How many places the ranking comparison shows.
    static let places = 5

    /// The section, or nil when the graph as read does not hold both layers.
    ///
    /// - Complexity: two more betweenness runs (the union and the governance layer), O(n m).
    static func make(_ context: ReportContext) throws -> ReportSection? {
        let whole = context.whole
        guard NetworkLayer.defaultLayer(for: whole) == .industrial else { return nil }
        let strings = context.strings, analysed = context.options.layer
        let governance = NetworkLayer.governance.restrict(whole)
        var blocks: [ReportBlock] = [.paragraph(strings.layerIntro(
            analysed, nodes: context.graph.nodeCount, edges: context.graph.edgeCount,
            totalNodes: whole.nodeCount, totalEdges: whole.edgeCount))]

        let columns = [NetworkLayer.industrial, .all, .governance]
        var tops: [[String]] = []
        var officesInTop: [NetworkLayer: Int] = [:]
        for layer in columns {
            let graph = layer == analysed ? context.graph : layer.restrict(whole)
            let facts = NetworkFacts(graph, language: context.options.language)
            let scores = layer == analysed ? context.analyses.values(.betweenness) : nil
            let values = try scores ?? betweennessCentrality(graph)
            let order = (0..<graph.nodeCount).sorted { a, b in
                values[a] != values[b] ? values[a] > values[b] : (facts.names[a], graph.ids[a]) < (facts.names[b], graph.ids[b])
            }.prefix(places)
            tops.append(order.map { facts.names[$0] })
            officesInTop[layer] = order.filter { facts.nodeKinds[$0] == NodeKind.organisation.rawValue }.count
        }
        blocks.append(.subheading(strings.governanceLayerHeading))
        let governanceComponents = weaklyConnectedComponents(governance)
        blocks.append(.paragraph(strings.governanceSentence(
            nodes: governance.nodeCount, edges: governance.edgeCount, components: governanceComponents.count,
            top: Array(tops[2].prefix(3)))))
        blocks.append(.subheading(strings.layerRankingHeading))
        blocks.append(.paragraph(strings.layerRankingSentence(
            officesInUnion: officesInTop[.all] ?? 0, officesInIndustrial: officesInTop[.industrial] ?? 0, places: places)))
        blocks.append(.table(ReportTable(
            caption: strings.layerRankingCaption(places),
            columns: [.init(strings.rankColumn, numeric: true)] + columns.map { .init(strings.layerName($0)) },
            rows: (0..<places).map { rank in
                [.integer(rank + 1)] + tops.map { .init(rank < $0.count ? $0[rank] : "—") }
            })))
        return ReportSection(id: "layers", title: strings.layersTitle, blocks: blocks)
    }
}
