import SandanClusters

/// Words of the layers section.
extension ReportStrings {
    public var layersTitle: String { pick("산업 층위와 거버넌스 층위", "Industrial and governance layers") }
    public var governanceLayerHeading: String { pick("거버넌스 층위", "The governance layer") }
    public var layerRankingHeading: String { pick("층위에 따른 순위 변화", "How the rankings change between layers") }

    /// The layer's name in a table header or a sentence.
    public func layerName(_ layer: NetworkLayer) -> String {
        switch layer {
        case .industrial: return pick("산업 층위", "industrial layer")
        case .governance: return pick("거버넌스 층위", "governance layer")
        case .all: return pick("전체(합집합)", "all (union)")
        }
    }

    /// Which layer the report analyses, and why the layers are apart.
    public func layerIntro(_ layer: NetworkLayer, nodes: Int, edges: Int, totalNodes: Int, totalEdges: Int) -> [ReportInline] {
        let share = pick("노드 \(NumberFormatting.grouped(totalNodes))개 중 \(NumberFormatting.grouped(nodes))개, 연계 \(NumberFormatting.grouped(totalEdges))개 중 \(NumberFormatting.grouped(edges))개",
                         "\(NumberFormatting.grouped(nodes)) of \(NumberFormatting.grouped(totalNodes)) nodes and \(NumberFormatting.grouped(edges)) of \(NumberFormatting.grouped(totalEdges)) linkages")
        let what: String
        switch layer {
        case .industrial:
            let kinds = linkageKinds(of: .industrial)
            what = pick("이 보고서의 분석은 산업 층위(\(kinds.joined(separator: ", ")) 등)에 한정됩니다: \(share). ",
                        "The analyses of this report cover the industrial layer (\(kinds.joined(separator: ", ")) and other kinds): \(share). ")
        case .governance:
            let kinds = list(linkageKinds(of: .governance))
            what = pick("이 보고서의 분석은 거버넌스 층위(\(kinds))에 한정됩니다: \(share). ",
                        "The analyses of this report cover the governance layer (\(kinds)): \(share). ")
        case .all:
            what = pick("이 보고서는 두 층위를 합쳐 분석합니다: \(share). ", "This report analyses both layers together: \(share). ")
        }
        return [.text(what + pick("기관 관리·지원·조정 연계는 산업단지공단의 조직 체계이므로, 합쳐서 계산하면 본사와 본부가 다른 단지 사이의 경로를 차지합니다. 층위는 다음 옵션으로 고릅니다: ",
                                  "Management and coordination edges are the agency's office tree; computed together with the industrial linkages, its headquarters and regional offices sit on the paths between complexes. Choose the layer with ")),
                .code("--layer industrial|governance|all"), .text(pick("", "."))]
    }

    /// The governance layer's size and most central offices.
    public func governanceSentence(nodes: Int, edges: Int, components: Int, top: [String]) -> String {
        pick("거버넌스 층위는 노드 \(NumberFormatting.grouped(nodes))개(기관과 그 기관이 관리·지원하는 단지), 연계 \(NumberFormatting.grouped(edges))개, 연결 요소 \(components)개로 이루어집니다. 매개 중심성이 가장 높은 곳은 \(list(top))입니다.",
             "The governance layer has \(NumberFormatting.grouped(nodes)) nodes (the organisations and the complexes they manage or coordinate), \(NumberFormatting.grouped(edges)) linkages and \(components) components. Highest in betweenness: \(list(top)).")
    }

    /// How the agency offices leave the top places when the layers are apart.
    public func layerRankingSentence(officesInUnion: Int, officesInIndustrial: Int, places: Int) -> String {
        pick("두 층위를 합치면 매개 중심성 상위 \(places)곳 중 \(officesInUnion)곳이 기관이고, 산업 층위에서는 \(officesInIndustrial)곳입니다. 아래 표는 층위마다 상위 \(places)곳을 보여 줍니다.",
             "With both layers together, \(officesInUnion) of the top \(places) by betweenness are organisations; in the industrial layer, \(officesInIndustrial). The table shows each layer's top \(places).")
    }

    public func layerRankingCaption(_ places: Int) -> String {
        pick("층위별 매개 중심성 상위 \(places)곳", "Top \(places) by betweenness in each layer")
    }
}
