/// Sentences of the summary section: quotable, with the numbers in them.
extension ReportStrings {
    /// The default title.
    public var reportTitle: String { pick("산업단지 네트워크 분석 보고서", "Industrial-complex network report") }

    /// The line under the title.
    public func sourceLine(_ source: String, version: String) -> String {
        pick("자료: \(source) · Sandan \(version)", "Data: \(source) · Sandan \(version)")
    }

    public var summaryTitle: String { pick("요약", "Summary") }

    public var figureNodes: String { pick("노드", "Nodes") }
    public var figureLinkages: String { pick("연계", "Linkages") }
    public var figureRegions: String { pick("시·도", "Provinces") }
    public var figureComponents: String { pick("연결요소", "Components") }
    public var figureLargest: String { pick("최대 연결요소", "Largest component") }
    public var figureDensity: String { pick("밀도", "Density") }

    /// "이 네트워크는 119개 노드(산업단지 80개, …)와 121개 연계로 이루어져 있으며, 17개 시·도에 걸쳐 있습니다."
    public func sizeSentence(nodes: Int, kinds: [(kind: String, count: Int)], edges: Int, regions: Int) -> String {
        let n = NumberFormatting.grouped(nodes), m = NumberFormatting.grouped(edges)
        let ko = kinds.isEmpty ? "" : "(" + kinds.map { "\(nodeKind($0.kind)) \(NumberFormatting.grouped($0.count))개" }.joined(separator: ", ") + ")"
        let en = kinds.isEmpty ? "" : " (" + list(kinds.map { "\(NumberFormatting.grouped($0.count)) \(nodeKind($0.kind))" }) + ")"
        if regions > 0 {
            return pick("이 네트워크는 \(n)개 노드\(ko)와 \(m)개 연계로 이루어져 있으며, \(regions)개 시·도에 걸쳐 있습니다.",
                        "The network has \(n) nodes\(en) and \(m) linkages, spread over \(regions) provinces.")
        }
        return pick("이 네트워크는 \(n)개 노드\(ko)와 \(m)개 연계로 이루어져 있습니다.", "The network has \(n) nodes\(en) and \(m) linkages.")
    }

    /// "연계는 종류별로 거점–연계 54개, … 입니다."
    public func kindSentence(_ kinds: [(kind: String, count: Int)]) -> String {
        pick("연계는 종류별로 " + kinds.map { "\(linkageKind($0.kind)) \(NumberFormatting.grouped($0.count))개" }.joined(separator: ", ") + "입니다.",
             "By kind, the linkages are " + list(kinds.map { "\(NumberFormatting.grouped($0.count)) \(linkageKind($0.kind))" }) + ".")
    }

    /// "사업별로는 … 입니다."
    public func programmeSentence(_ programmes: [(kind: String, count: Int)]) -> String {
        pick("사업별로는 " + programmes.map { "\(programme($0.kind)) \(NumberFormatting.grouped($0.count))개" }.joined(separator: ", ") + "입니다.",
             "By programme: " + list(programmes.map { "\(NumberFormatting.grouped($0.count)) from \(programme($0.kind))" }) + ".")
    }

    /// Components, the largest's share and isolated nodes.
    public func componentSentence(count: Int, largest: Int, nodes: Int, isolated: Int) -> String {
        let share = NumberFormatting.percent(nodes > 0 ? Double(largest) / Double(nodes) : 0)
        if count <= 1 {
            return pick("모든 노드가 하나로 연결되어 있습니다.", "All nodes are connected in one component.")
        }
        let isolatedKo = isolated > 0 ? " 다른 노드와 연계가 없는 노드는 \(isolated)개입니다." : ""
        let isolatedEn = isolated > 0 ? " \(isolated) nodes have no linkage at all." : ""
        return pick("네트워크는 서로 이어지지 않은 \(count)개의 연결요소로 나뉘며, 가장 큰 연결요소에 \(NumberFormatting.grouped(largest))개 노드(\(share))가 속합니다." + isolatedKo,
                    "The network falls into \(count) components that do not reach each other; the largest holds \(NumberFormatting.grouped(largest)) nodes (\(share))." + isolatedEn)
    }

    /// Density and degrees.
    public func densitySentence(density: Double, meanDegree: Double, maxDegree: Int, maxDegreeName: String?) -> String {
        let d = NumberFormatting.fixed(density, decimals: 4), k = NumberFormatting.fixed(meanDegree, decimals: 2)
        guard let name = maxDegreeName else {
            return pick("밀도는 \(d)이고 노드 하나의 평균 연결 수는 \(k)입니다.", "Its density is \(d) and a node has \(k) linkages on average.")
        }
        return pick("밀도는 \(d)이고 노드 하나의 평균 연결 수는 \(k)이며, 가장 많이 연결된 노드는 \(name)(\(maxDegree)개)입니다.",
                    "Its density is \(d); a node has \(k) linkages on average, and the most linked is \(name) (\(maxDegree)).")
    }

    public var kindTableCaption: String { pick("연계 종류별 개수", "Linkages by kind") }
    public var programmeTableCaption: String { pick("사업별 연계 개수", "Linkages by programme") }
    public var kindColumn: String { pick("종류", "Kind") }
    public var programmeColumn: String { pick("사업", "Programme") }
    public var linkagesColumn: String { pick("연계 수", "Linkages") }
    public var shareColumn: String { pick("비율", "Share") }

    public var degreeChartTitle: String { pick("연결 수 분포", "Degree distribution") }
    public var degreeAxis: String { pick("연결 수(차수)", "Linkages (degree)") }
    public var nodesAxis: String { pick("노드 수", "Nodes") }
    public func degreeChartDescription(nodes: Int, maxDegree: Int) -> String {
        pick("노드 \(nodes)개의 연결 수 분포. 가장 큰 연결 수는 \(maxDegree)입니다.",
             "How many of the \(nodes) nodes have each number of linkages; the largest is \(maxDegree).")
    }
    public var degreeChartCaption: String {
        pick("연결 수 분포: 노드마다 이어진 연계의 수(차수)별 노드 수. 소수의 허브와 다수의 주변 노드가 있으면 왼쪽이 높고 오른쪽으로 긴 꼬리가 생깁니다.",
             "Degree distribution: how many nodes have each number of linkages. A few hubs and many peripheral nodes give a tall left side and a long right tail.")
    }
}
