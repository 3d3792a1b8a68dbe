/// Sentences of the methods section.
extension ReportStrings {
    public var methodsTitle: String { pick("분석 방법과 자료", "Methods and data") }
    public var measuresHeading: String { pick("측정 지표", "Measures") }
    public var dataHeading: String { pick("자료", "Data") }
    public var reproduceHeading: String { pick("재현", "Reproducing this report") }
    public var referencesHeading: String { pick("참고 문헌", "References") }

    public var degreeMethod: String {
        pick("연결 수(차수): 노드에 닿은 연계의 수. 같은 두 노드 사이의 연계가 여럿이면(사업이 다르면) 각각 셉니다.",
             "Degree: the number of linkages at a node. Several linkages between the same two nodes (from different programmes) each count.")
    }
    public var componentMethod: String {
        pick("연결요소: 연계를 따라 서로 닿을 수 있는 노드의 묶음. 방향은 보지 않습니다(약한 연결).",
             "Components: groups of nodes that reach each other along linkages, direction ignored (weak connectivity).")
    }
    public var densityMethod: String {
        pick("밀도: 연계 수 ÷ 가능한 노드 쌍의 수, 무방향 그래프에서 2m / (n(n − 1)). NetworkX의 density와 같습니다.",
             "Density: linkages over possible pairs, 2m / (n(n − 1)) for an undirected graph, as NetworkX's density.")
    }
    public var regionMethod: String {
        pick("시·도 수준 네트워크: 같은 시·도의 노드를 하나로 묶고, 두 시·도 사이의 연계 수를 굵기로 삼은 몫그래프(quotient graph).",
             "Region-level network: the quotient graph that merges the nodes of each province, with the number of linkages between two provinces as weight.")
    }
    public var conventionsNote: String {
        pick("모든 지표는 별도 언급이 없으면 NetworkX 3의 기본값과 같은 정의를 따르므로, 연구자가 같은 자료로 결과를 검산할 수 있습니다.",
             "Unless said otherwise, every measure follows the definition of NetworkX 3's defaults, so a researcher can check the results with the same data.")
    }

    public func dataSentence(source: String, nodes: Int, edges: Int) -> String {
        pick("\(source)에서 노드 \(NumberFormatting.grouped(nodes))개와 연계 \(NumberFormatting.grouped(edges))개를 읽었습니다. 각 행의 출처는 citation 열에 있습니다.",
             "Read from \(source): \(NumberFormatting.grouped(nodes)) nodes and \(NumberFormatting.grouped(edges)) linkages. Each row names its source in the citation column.")
    }
    /// What the bundled data covers, as the opening of Graphs/README.md says it.
    public func coverageSentence(complexes: Int, national: Int, areas: Int, organisations: Int, edges: Int, management: Int) -> String {
        let share = NumberFormatting.percent(national > 0 ? Double(complexes) / Double(national) : 0)
        return pick("이 자료는 원자료 문서들의 정책 연계 네트워크입니다: 다섯 건의 정책 문서가 이름을 든 산업단지 \(NumberFormatting.grouped(complexes))곳(000 문서가 집계한 전국 \(NumberFormatting.grouped(national))개 산업단지의 \(share))과 연계지역 \(areas)곳, 기관 \(organisations)곳(산업단지공단 본사·본부·지사와 지원기관)이며, 연계 \(NumberFormatting.grouped(edges))개 중 \(management)개는 공단의 관리 연계입니다. 전국 산업단지 체계의 표본이 아니므로, 중심성은 정책 문서가 만든 연계의 구조를 보여 줄 뿐 전국 산업단지의 위상을 말하지 않습니다.",
                    "These data are the policy-linkage network of the source documents: the \(NumberFormatting.grouped(complexes)) industrial complexes that five policy documents name (\(share) of the \(NumberFormatting.grouped(national)) complexes seed 000 counts nationally), \(areas) linked areas and \(organisations) organisations (agency offices and support bodies); \(management) of the \(NumberFormatting.grouped(edges)) linkages are the agency's management edges. They are not a sample of the national complex system: centralities describe the programmes' linkages, not the standing of complexes in Korea.")
    }
    public var citationTableCaption: String { pick("자료의 출처와 그 출처를 인용한 행의 수", "Sources and the rows citing them") }
    public var sourceColumn: String { pick("출처 파일", "Source file") }
    public var descriptionColumn: String { pick("내용", "What it is") }
    public var nodesColumn: String { pick("노드", "Nodes") }

    public func versionSentence(sandan: String, graphviz: String?) -> String {
        guard let graphviz else { return pick("Sandan \(sandan)으로 만들었습니다.", "Made with Sandan \(sandan).") }
        return pick("Sandan \(sandan)과 Graphviz \(graphviz)로 만들었습니다.", "Made with Sandan \(sandan) and Graphviz \(graphviz).")
    }
    public var commandIntro: String { pick("이 보고서를 만든 명령:", "The command that made this report:") }
}
