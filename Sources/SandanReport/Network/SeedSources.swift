import SandanClusters
import SandanGraph

/// The source documents that `Graphs/` cites in its `citation` columns, described for the
/// methods section (from `Graphs/README.md`). A citation not listed here is shown by its file
/// name alone.
enum SeedSources {
    /// Seed 000, which counts the complexes of the whole country.
    static let nationalCountSeed = "000_5c4ffd1b9c21ec6c.txt"
    /// The number of industrial complexes in Korea in 2023 (seed 000, 참고 5: "전국 총 1,306개").
    static let nationalComplexCount = 1_306

    /// What a graph citing seed 000 covers: its complexes against the national count, its
    /// areas and organisations, and the share of management edges; nil for other data. O(n + m).
    static func coverage(of graph: Graph, _ strings: ReportStrings) -> String? {
        let facts = NetworkFacts(graph, language: strings.language)
        guard facts.citations.contains(where: { $0.source == nationalCountSeed }) else { return nil }
        func count(_ kind: NodeKind) -> Int { facts.nodeKinds.filter { $0 == kind.rawValue }.count }
        let management = (0..<graph.edgeCount).filter { graph.kind(of: $0) == LinkageKind.management.rawValue }.count
        return strings.coverageSentence(complexes: count(.complex), national: nationalComplexCount, areas: count(.area),
                                        organisations: count(.organisation), edges: graph.edgeCount, management: management)
    }

    static func describe(_ file: String, _ strings: ReportStrings) -> String? {
        switch file {
        case "000_5c4ffd1b9c21ec6c.txt":
            return strings.pick("산업통상자원부·국토교통부 보도자료(2024-04-29): 노후거점산업단지 경쟁력강화사업지구(2019–2023)와 2024년 후보지",
                                "MOTIE/MOLIT press release, 2024-04-29: competitiveness districts 2019–2023 and the 2024 candidates")
        case "001_80fed19471932321.txt":
            return strings.pick("국토교통부·산업통상자원부·일자리위원회 보도자료(2020-05-08): 산업단지 대개조 5개 지역",
                                "MOLIT/MOTIE press release, 2020-05-08: the five 2020 industrial-complex overhaul regions")
        case "002_9a3bb0e58cc8eabc.txt":
            return strings.pick("디지털융복합연구 21(1), 2023: 지역 산업단지의 디지털 전환", "Journal paper (2023) on digital transformation of regional complexes")
        case "003_aebfa6a18b6ff4d2.txt":
            return strings.pick("지식경제부 보도자료(2009): 광역권 산업클러스터와 산업단지공단 조직 개편",
                                "Ministry of Knowledge Economy release (2009): wide-area clusters and the KICOX reorganisation")
        case "004_04d28492f676d324.txt":
            return strings.pick("중소벤처기업부 보도자료(2023-02-16): 지역주력산업 개편", "MSS press release, 2023-02-16: regional key industries")
        default:
            return nil
        }
    }
}
