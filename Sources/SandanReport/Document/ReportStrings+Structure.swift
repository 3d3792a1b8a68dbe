/// Words of the hub, region, fragility and community sections.
extension ReportStrings {
    // MARK: Hubs

    public var hubsTitle: String { pick("거점과 연계 단지", "Hubs and their spokes") }
    public func hubSentence(anchors: Int, withoutSpokes: Int, spokes: Int, top: String?, topSpokes: Int, regionalShare: Double?) -> String {
        var ko = "거점 \(anchors)곳이 연계 단지·지역 \(spokes)곳과 이어져 있습니다."
        var en = "\(anchors) anchors (거점) are linked to \(spokes) complexes or areas."
        if withoutSpokes > 0 {
            ko += " 그 가운데 \(withoutSpokes)곳은 거점으로 지정되었지만 이 네트워크에 연계 단지가 없습니다(연계 0곳)."
            en += " \(withoutSpokes) of them were designated anchors but have no spokes in this network (0 spokes)."
        }
        if let top {
            ko += " 연계가 가장 많은 거점은 \(top)(\(topSpokes)곳)입니다."
            en += " The anchor with the most spokes is \(top) (\(topSpokes))."
        }
        if let regionalShare {
            ko += " 거점이 맺은 연계의 \(NumberFormatting.percent(regionalShare))는 같은 시·도 안에 있습니다."
            en += " \(NumberFormatting.percent(regionalShare)) of the anchors' linkages stay inside their province."
        }
        return pick(ko, en)
    }
    public var noHubs: String {
        pick("이 네트워크에는 거점–연계(anchor-link) 연계도, 거점 지정 연도(anchor_since)가 있는 노드도 없습니다.",
             "This network has no anchor-link linkages and no node designated anchor (anchor_since).")
    }
    public var hubTableCaption: String { pick("거점별 연계 단지", "Anchors and their spokes") }
    public var anchorColumn: String { pick("거점", "Anchor") }
    public var spokeCountColumn: String { pick("연계 수", "Spokes") }
    public var spokesColumn: String { pick("연계 단지·지역", "Spokes") }
    public var regionalShareColumn: String { pick("지역 내 비율", "In-province share") }
    public var dominanceColumn: String { pick("허브 지배도", "Hub dominance") }
    public var hubsMethod: String {
        pick("거점과 연계: 거점–연계(anchor-link) 연계의 출발점과 거점 지정 연도(anchor_since)가 있는 노드가 거점, 연계의 도착점이 연계 단지입니다. 지역 내 비율은 거점 연계 가운데 같은 시·도로 가는 비율, 허브 지배도는 거점이 직접 닿는 같은 시·도 노드 수 ÷ (그 시·도의 노드 수 − 1)입니다(Lancichinetti 외 2010).",
             "Hubs: the sources of anchor-link linkages and the nodes with a designation year (anchor_since) are anchors, the targets of their anchor-links spokes. The in-province share is the share of an anchor's linkages that stay in its province; hub dominance is the anchor's direct neighbours in its province ÷ (the province's nodes − 1) (Lancichinetti et al. 2010).")
    }

    // MARK: Regions and brokers

    public var regionsTitle: String { pick("시·도 사이의 연계와 중개자", "Provinces and the brokers between them") }
    public func regionSentence(regions: Int, external: Int, inside: Int, ei: Double?) -> String {
        let e = NumberFormatting.grouped(external), i = NumberFormatting.grouped(inside)
        let eiText = ei.map { NumberFormatting.fixed($0, decimals: 2) } ?? "—"
        return pick("\(regions)개 시·도 가운데, 연계 \(e)개는 시·도 경계를 넘고 \(i)개는 한 시·도 안에 있습니다(E–I 지수 \(eiText); +1이면 모든 연계가 경계를 넘고 −1이면 모두 안에 있습니다).",
                    "Across \(regions) provinces, \(e) linkages cross a provincial border and \(i) stay inside one (E–I index \(eiText); +1 when every linkage crosses, −1 when none does).")
    }
    public var regionTableCaption: String { pick("시·도별 노드와 연계", "Nodes and linkages by province") }
    public var membersColumn: String { pick("노드 수", "Nodes") }
    public var internalColumn: String { pick("안쪽 연계", "Internal") }
    public var externalColumn: String { pick("바깥 연계", "External") }
    public var eiColumn: String { pick("E–I 지수", "E–I index") }
    public var brokersHeading: String { pick("시·도를 잇는 중개자", "Brokers between provinces") }
    /// The brokers' sentence; `officesLeftOut` organisation nodes are counted in the paths but
    /// not listed, which the sentence then says.
    public func brokerSentence(names: [String], officesLeftOut: Int) -> String {
        var ko = names.isEmpty
            ? "시·도 사이를 중개하는 노드가 없습니다."
            : "시·도 사이를 가장 많이 중개하는 곳은 \(list(names))입니다. 서로 직접 연계되지 않은 두 곳을 잇는 경로(a–b–c)의 가운데에 있는 횟수로, 이들이 빠지면 시·도 사이의 연계가 약해집니다."
        var en = names.isEmpty
            ? "No node brokers between provinces."
            : "The strongest brokers between provinces are \(list(names)): they sit in the middle of the most paths a–b–c between places not linked directly; without them the provinces drift apart."
        if officesLeftOut > 0 {
            ko += " 중개자는 산업단지와 연계지역만 보여 줍니다. 기관 노드 \(officesLeftOut)곳(산업단지공단 본부·지사 등)은 경로에는 들어가지만 중개자로는 싣지 않았습니다."
            en += " Only complexes and areas are listed as brokers: the \(officesLeftOut) organisation nodes (agency offices) count in the paths but are not listed."
        }
        return pick(ko, en)
    }
    public var brokerTableCaption: String { pick("시·도 사이의 중개(Gould–Fernandez): 중개하는 경로의 수", "Brokerage between provinces (Gould–Fernandez): paths brokered") }
    public var liaisonColumn: String { pick("다른 두 시·도 연결", "Liaison") }
    public var representativeColumn: String { pick("자기 시·도–다른 시·도", "Representative / gatekeeper") }
    public var itinerantColumn: String { pick("다른 시·도 내부", "Itinerant") }
    public var betweenRegionsColumn: String { pick("시·도 간 중개 합계", "Between provinces") }
    public var otherRegionsColumn: String { pick("직접 닿는 다른 시·도", "Other provinces linked") }
    public var regionDiagramCaption: String {
        pick("시·도 수준 네트워크: 같은 시·도의 노드를 하나로 묶었습니다. 선의 굵기는 두 시·도 사이 연계 수입니다.",
             "Province-level network: the nodes of each province merged into one; line width is the number of linkages between two provinces.")
    }
    public var brokersMethod: String {
        pick("중개: Gould–Fernandez(1989) 중개 역할. b가 서로 직접 연계되지 않은 a와 c 사이의 경로 a–b–c 가운데에 있을 때, 세 노드의 시·도에 따라 다른 두 시·도 연결(liaison), 자기 시·도와 다른 시·도 연결(representative·gatekeeper), 다른 시·도 내부(itinerant)로 나눕니다. 무방향 그래프에서는 경로를 한 번씩 셉니다(R sna::brokerage 값의 절반). 시·도가 없는 노드는 뺍니다. E–I 지수 = (바깥 − 안쪽) ÷ (바깥 + 안쪽) (Krackhardt·Stern 1988).",
             "Brokerage: Gould and Fernandez (1989) roles. When b is in the middle of a path a–b–c between a and c that are not linked directly, the provinces of the three make it a liaison (two other provinces), representative or gatekeeper (its own and another) or itinerant (inside another). In an undirected graph each path counts once (half of R sna::brokerage's values). Nodes without a province are left out. E–I index = (external − internal) ÷ (external + internal) (Krackhardt and Stern 1988).")
    }

    // MARK: Fragility

    public var fragilityTitle: String { pick("단일 실패 지점과 회복력", "Single points of failure and resilience") }
    public func articulationSentence(count: Int, top: String?, cutOff: Int) -> String {
        guard count > 0 else { return pick("하나만 빠져서 네트워크가 끊기는 노드는 없습니다.", "No single node's loss disconnects the network.") }
        let lead = top.map { name in
            pick(" 가장 치명적인 곳은 \(KoreanParticle.toward.after(name)), 빠지면 \(cutOff)곳이 나머지와 끊깁니다.", " The most critical is \(name): without it \(cutOff) nodes are cut off.")
        } ?? ""
        return pick("하나만 빠져도 네트워크가 끊기는 노드(절단점)가 \(count)곳 있습니다.", "\(count) nodes are cut vertices: the loss of any one of them disconnects the network.") + lead
    }
    public var articulationTableCaption: String { pick("절단점: 빠지면 네트워크가 끊기는 노드", "Cut vertices: nodes whose loss disconnects the network") }
    public var piecesColumn: String { pick("나뉘는 조각", "Pieces") }
    public var cutOffColumn: String { pick("끊기는 노드", "Nodes cut off") }
    public var pairsColumn: String { pick("끊기는 쌍", "Pairs disconnected") }
    /// Bridges: all of them, and those whose both ends have other linkages too (`inner`).
    public func bridgeSentence(count: Int, inner: Int) -> String {
        guard count > 0 else { return pick("끊어지면 네트워크가 나뉘는 연계(다리)는 없습니다.", "No single linkage's loss disconnects the network.") }
        return pick("끊어지면 네트워크가 나뉘는 연계(다리)가 \(count)개 있습니다. 그중 \(count - inner)개는 연계가 하나뿐인 노드로 가는 것이고, 나머지 \(inner)개는 양쪽 모두 다른 연계가 있는 노드를 잇습니다(아래 표).",
                    "\(count) linkages are bridges: the loss of any one disconnects the network. \(count - inner) of them lead to a node with no other linkage; the other \(inner) join two nodes that both have other linkages (table below).")
    }
    public var bridgeTableCaption: String {
        pick("다리: 끊어지면 네트워크가 나뉘는 연계(양쪽 모두 다른 연계가 있는 것)", "Bridges whose two ends both have other linkages")
    }
    public var fromColumn: String { pick("한쪽", "One end") }
    public var toColumn: String { pick("다른 쪽", "Other end") }
    public func resilienceSentence(removed: Int, from: Double, degreeTo: Double, betweennessTo: Double) -> String {
        pick("연결 수가 가장 많은 허브를 차례로 \(removed)곳 빼면 최대 연결요소는 전체의 \(NumberFormatting.percent(from))에서 \(KoreanParticle.toward.after(NumberFormatting.percent(degreeTo))), 매개 중심성이 높은 곳부터 빼면 \(KoreanParticle.toward.after(NumberFormatting.percent(betweennessTo))) 줄어듭니다.",
             "Removing the \(removed) most linked hubs one after another shrinks the largest component from \(NumberFormatting.percent(from)) of the network to \(NumberFormatting.percent(degreeTo)); removing the highest betweenness first, to \(NumberFormatting.percent(betweennessTo)).")
    }
    public var resilienceChartTitle: String { pick("허브 제거와 최대 연결요소", "Largest component as hubs are removed") }
    public var removedAxis: String { pick("제거한 노드 수", "Nodes removed") }
    public var largestAxis: String { pick("최대 연결요소 비율", "Largest component (share)") }
    public var byDegreeSeries: String { pick("연결 수 순 제거", "By degree") }
    public var byBetweennessSeries: String { pick("매개 중심성 순 제거", "By betweenness") }
    public var resilienceChartDescription: String {
        pick("노드를 연결 수 순, 매개 중심성 순으로 하나씩 뺄 때 가장 큰 연결요소에 남는 노드의 비율.",
             "The share of nodes left in the largest component as nodes are removed by degree or by betweenness, one at a time.")
    }
    public func resilienceChartCaption(recomputed: Bool) -> String {
        recomputed
            ? pick("회복력 곡선: 빨리 떨어질수록 소수의 허브에 기대는 네트워크입니다. 매번 남은 네트워크에서 지표를 다시 계산해 가장 높은 곳을 뺍니다.",
                   "Resilience curve: the faster it falls, the more the network leans on a few hubs. Each step removes the highest-ranked node of the remaining network, recomputed.")
            : pick("회복력 곡선: 빨리 떨어질수록 소수의 허브에 기대는 네트워크입니다. 연결 수는 매번 다시 계산하고, 매개 중심성은 큰 네트워크라 처음 순위대로 뺍니다.",
                   "Resilience curve: the faster it falls, the more the network leans on a few hubs. Degree is recomputed after each removal; betweenness, on a network this large, keeps the intact network's order.")
    }
    public var largeGraphCuts: String {
        pick("큰 네트워크라 절단점마다 끊기는 노드 수는 계산하지 않고 연결 수 순으로 보여 줍니다.",
             "On a network this large the report does not count what each cut vertex's loss disconnects; cut vertices are listed by degree.")
    }
    public var fragilityMethod: String {
        pick("절단점과 다리: 방향을 보지 않은 그래프에서 하나만 빠져도 연결요소가 나뉘는 노드와 연계(NetworkX articulation_points, bridges와 같습니다). 끊기는 쌍은 그 노드가 빠질 때 더 이상 이어지지 않는 노드 쌍의 수입니다(Borgatti 2006). 회복력: 가장 높은 노드를 빼고 다시 계산하기를 반복합니다(Holme 외 2002).",
             "Cut vertices and bridges: nodes and linkages whose loss alone splits a component, direction ignored (as NetworkX's articulation_points and bridges). Pairs disconnected counts the pairs that lose their connection (Borgatti 2006). Resilience: remove the top node, recompute, repeat (Holme et al. 2002).")
    }

    // MARK: Communities

    public var communitiesTitle: String { pick("공동체와 시·도", "Communities and provinces") }
    public func communitySentence(count: Int, modularity: Double?, nmi: Double?, ari: Double?) -> String {
        let q = modularity.map { NumberFormatting.fixed($0, decimals: 3) } ?? "—"
        var ko = "서로 촘촘히 연계된 묶음(공동체)을 Louvain 방법으로 찾으면 \(count)개이며, 모듈성은 Q = \(q)입니다."
        var en = "The Louvain method finds \(count) communities of densely linked nodes, with modularity Q = \(q)."
        if let nmi, let ari {
            let n = NumberFormatting.fixed(nmi, decimals: 2), a = NumberFormatting.fixed(ari, decimals: 2)
            ko += " 공동체와 시·도 구분의 일치도는 NMI = \(n), ARI = \(a)입니다(1이면 완전히 같음)."
            en += " Their agreement with the provinces is NMI = \(n) and ARI = \(a) (1 means identical)."
        }
        return pick(ko, en)
    }
    public var communityTableCaption: String { pick("공동체와 그 주된 시·도", "Communities and their main province") }
    public var communityColumn: String { pick("공동체", "Community") }
    public var mainRegionColumn: String { pick("주된 시·도", "Main province") }
    public var mainRegionShareColumn: String { pick("주된 시·도 비율", "Share in it") }
    public var leadingMembersColumn: String { pick("대표 노드", "Leading members") }
    public func communitiesMethod(seed: UInt64) -> String {
        pick("공동체: Louvain 방법(Blondel 외 2008)과 다단계 정련(Rotta·Noack 2011), 해상도 1, 시드 \(seed)로 재현됩니다. 모듈성은 Newman–Girvan 정의입니다. NMI와 ARI는 시·도가 있는 노드만으로 계산합니다.",
             "Communities: the Louvain method (Blondel et al. 2008) with multilevel refinement (Rotta & Noack 2011), resolution 1, seed \(seed) for reproducibility; Newman–Girvan modularity. NMI and ARI use the nodes that have a province.")
    }
    public func modularitySentence(count: Int, modularity: Double?) -> String {
        let q = modularity.map { NumberFormatting.fixed($0, decimals: 3) } ?? "—"
        return pick("연계가 촘촘한 공동체 \(count)개로 나뉘며 모듈성은 \(q)입니다.", "It divides into \(count) communities of densely linked nodes, with modularity \(q).")
    }
}
