/// Words of the centrality section.
extension ReportStrings {
    public var centralityTitle: String { pick("중심 산업단지", "Central complexes") }

    /// The measure's name.
    public func measureName(_ measure: CentralityScores.Measure) -> String {
        switch measure {
        case .degree: return pick("연결 중심성", "Degree centrality")
        case .betweenness: return pick("매개 중심성", "Betweenness centrality")
        case .harmonic: return pick("조화 근접 중심성", "Harmonic closeness")
        case .pagerank: return pick("페이지랭크", "PageRank")
        case .eigenvector: return pick("고유벡터 중심성", "Eigenvector centrality")
        }
    }

    /// The measure's name inside an English sentence ("betweenness centrality", "PageRank").
    func measureInSentence(_ measure: CentralityScores.Measure) -> String {
        measure == .pagerank ? measureName(measure) : measureName(measure).lowercased()
    }

    /// What a high value means, for a planner.
    public func measureMeaning(_ measure: CentralityScores.Measure) -> String {
        switch measure {
        case .degree:
            return pick("직접 연계가 많은 곳입니다.", "The most direct linkages.")
        case .betweenness:
            return pick("다른 단지 사이의 최단 경로가 많이 지나는 길목입니다. 이곳이 빠지면 연계가 끊기거나 멀어집니다.",
                        "On many shortest paths between others: the junctions whose loss cuts or lengthens linkages.")
        case .harmonic:
            return pick("연계를 따라 다른 단지에 가장 가까이 닿는 곳입니다.", "Closest to all others along linkages.")
        case .pagerank:
            return pick("중요한 곳과 연계된 곳일수록 높습니다.", "High when linked to places that are themselves central.")
        case .eigenvector:
            return pick("잘 연결된 곳들과 이어진 정도입니다.", "Linked to well-linked places.")
        }
    }

    /// The measure's definition and convention, for the methods section.
    public func measureMethod(_ measure: CentralityScores.Measure) -> String {
        switch measure {
        case .degree:
            return pick("연결 중심성: 차수 ÷ (n − 1), NetworkX degree_centrality와 같습니다.",
                        "Degree centrality: degree ÷ (n − 1), as NetworkX's degree_centrality.")
        case .betweenness:
            return pick("매개 중심성: 두 노드 사이 최단 경로 중 그 노드를 지나는 비율의 합(Brandes 2001). 무방향 그래프는 2/((n − 1)(n − 2))로 정규화합니다(NetworkX 기본값). 가중치가 있으면 거리로 봅니다. 같은 두 노드를 잇는 연계가 여럿이면 각각을 별개의 최단 경로로 셉니다(igraph와 같고, 연계를 쌍마다 하나만 두는 NetworkX와는 다릅니다. NetworkX처럼 쌍마다 하나로 세려면 sandan analyze --parallel-edges single을 씁니다).",
                        "Betweenness: the sum over pairs of the share of shortest paths through the node (Brandes 2001), normalised by 2/((n − 1)(n − 2)) for undirected graphs as NetworkX does; weights, if any, are distances. Several linkages between the same two nodes count as separate shortest paths (as igraph; NetworkX keeps one edge per pair, which sandan analyze --parallel-edges single reproduces).")
        case .harmonic:
            return pick("조화 근접 중심성: 다른 모든 노드까지 거리의 역수 합 Σ 1/d(v, u). 끊어진 네트워크에서도 정의되며 n − 1로 나누지 않습니다(NetworkX harmonic_centrality).",
                        "Harmonic closeness: Σ 1/d(v, u) over all other nodes, defined on disconnected networks, not divided by n − 1 (NetworkX's harmonic_centrality).")
        case .pagerank:
            return pick("페이지랭크: 감쇠 계수 α = 0.85, 나가는 연계가 없는 노드의 몫은 고르게 나눕니다. 합은 1입니다.",
                        "PageRank: damping α = 0.85, the mass of nodes without out-links spread evenly; the values sum to 1.")
        case .eigenvector:
            return pick("고유벡터 중심성: 인접행렬의 주 고유벡터, 유클리드 노름 1로 정규화합니다.",
                        "Eigenvector centrality: the principal eigenvector of the adjacency matrix, with unit Euclidean norm.")
        }
    }

    /// "매개 중심성이 가장 높은 곳은 A, B, C입니다."
    public func topSentence(_ measure: CentralityScores.Measure, names: [String]) -> String {
        pick("\(KoreanParticle.subject.after(measureName(measure))) 가장 높은 곳은 \(list(names))입니다. \(measureMeaning(measure))",
             "Highest \(measureInSentence(measure)): \(list(names)). \(measureMeaning(measure))")
    }

    /// The note on organisations left out of the rankings: the text, and the options that
    /// restrict a report to the industrial linkages (shown as code).
    public func organisationsNotRanked(_ count: Int) -> [ReportInline] {
        [.text(pick("기관 노드 \(count)곳(산업단지공단 본부·지사 등)은 모든 계산에 들어가지만 순위 표에서는 뺐습니다. 산업 연계만 분석하려면 다음 옵션으로 보고서를 만드십시오: ",
                    "The \(count) organisation nodes (agency offices) are in every computation but left out of the rankings. For the industrial linkages alone, make the report with ")),
         .code("--layer industrial"),
         .text(pick("", "."))]
    }

    public var centralityIntro: String {
        pick("아래 표는 지표마다 값이 높은 노드를 보여 줍니다.", "The tables below list the highest-ranked nodes by each measure.")
    }
    public func topTableCaption(_ measure: CentralityScores.Measure, count: Int) -> String {
        pick("\(measureName(measure)) 상위 \(count)곳", "Top \(count) by \(measureInSentence(measure))")
    }
    public var rankColumn: String { pick("순위", "Rank") }
    public var nameColumn: String { pick("이름", "Name") }
    public var regionColumn: String { pick("시·도", "Province") }
    public var kindNodeColumn: String { pick("유형", "Kind") }
    public var valueColumn: String { pick("값", "Value") }
    public var degreeColumn: String { pick("연결 수", "Degree") }

    public func barChartTitle(_ measure: CentralityScores.Measure) -> String { pick("\(measureName(measure)) 상위", "Top \(measureInSentence(measure))") }
    public func barChartDescription(_ measure: CentralityScores.Measure, names: [String]) -> String {
        pick("\(measureName(measure)) 상위 노드의 막대그래프: \(list(names)).", "Bar chart of the highest \(measureInSentence(measure)): \(list(names)).")
    }
    public func barChartCaption(_ measure: CentralityScores.Measure) -> String {
        pick("\(measureName(measure)) 상위 노드. 막대가 길수록 \(measureMeaning(measure))", "Highest \(measureInSentence(measure)). \(measureMeaning(measure))")
    }
    public func unavailableNote(_ measure: CentralityScores.Measure, reason: String) -> String {
        pick("\(KoreanParticle.topic.after(measureName(measure))) 계산하지 못했습니다: \(reason)", "\(measureName(measure)) could not be computed: \(reason)")
    }
}
