/// Column headings of the tables Sandan writes (`analyze`, `hubs`, `regions`, `communities`,
/// `compare`, `multiplex`, …) in the report's language, for the header row of a workbook:
/// CSV and JSON keep the machine names (snake_case, the measure names of `sandan analyze`).
extension ReportStrings {
    /// The heading of the column named `name`: its Korean or English caption, centrality
    /// measures as ``measureName(_:)`` calls them; `degree_KIND` (a layer's degree) with the
    /// linkage kind's name (``linkageKind(_:)``); a name outside the vocabulary (a column of
    /// the user's own data) as it is. O(1).
    public func columnHeading(_ name: String) -> String {
        if let measure = CentralityScores.Measure(rawValue: name) { return measureName(measure) }
        if name.hasPrefix("degree_"), name.count > 7 {
            let kind = String(name.dropFirst(7))
            return pick("연결 수(\(linkageKind(kind)))", "Degree (\(linkageKind(kind)))")
        }
        guard let caption = Self.columnCaptions[name] else { return name }
        return pick(caption.ko, caption.en)
    }

    /// Korean and English captions of the machine column names.
    static let columnCaptions: [String: (ko: String, en: String)] = [
        // Identity and the attributes of Graphs/complexes.csv.
        "id": ("ID", "ID"), "name": ("이름", "Name"), "name_ko": ("이름", "Name (Korean)"),
        "name_en": ("영문 이름", "Name (English)"), "label": ("이름", "Label"), "kind": ("유형", "Kind"),
        "type": ("단지 유형", "Complex type"), "region": ("시·도", "Province"), "macro_region": ("광역경제권", "Macro-region"),
        "firms": ("입주 기업 수", "Firms"), "output_krw_100m": ("생산액(억 원)", "Output (100M KRW)"),
        "employment": ("고용", "Employment"), "figures_year": ("통계 연도", "Figures year"), "industries": ("업종", "Industries"),
        "anchor_since": ("거점 지정 연도", "Anchor since"), "lat": ("위도", "Latitude"), "lon": ("경도", "Longitude"),
        "programme": ("사업", "Programme"), "year": ("연도", "Year"), "weight": ("가중치", "Weight"),
        // Measures of `sandan analyze` beyond the report's centralities.
        "strength": ("연결 강도", "Strength"), "closeness": ("근접 중심성", "Closeness centrality"),
        "katz": ("카츠 중심성", "Katz centrality"), "hub": ("허브 점수(HITS)", "Hub score (HITS)"),
        "authority": ("권위 점수(HITS)", "Authority score (HITS)"), "core": ("k-코어", "k-core"),
        "clustering": ("군집 계수", "Clustering coefficient"), "component": ("연결 요소", "Component"),
        "community": ("커뮤니티", "Community"), "constraint": ("제약(Burt)", "Constraint (Burt)"),
        "effective-size": ("유효 크기(Burt)", "Effective size (Burt)"), "articulation": ("단절점", "Articulation point"),
        "distance": ("거리", "Distance"), "eccentricity": ("이심률", "Eccentricity"),
        "coreness": ("핵심성(Borgatti–Everett)", "Coreness (Borgatti–Everett)"),
        "core-periphery": ("핵심/주변", "Core or periphery"), "participation": ("참여 계수", "Participation coefficient"),
        "within-module-z": ("모듈 내 연결 z", "Within-module degree z"), "role": ("역할(Guimerà–Amaral)", "Role (Guimerà–Amaral)"),
        "brokerage": ("중개", "Brokerage"), "coordinator": ("조정자", "Coordinator"), "itinerant": ("순회자", "Itinerant"),
        "representative": ("대표자", "Representative"), "gatekeeper": ("문지기", "Gatekeeper"), "liaison": ("연락자", "Liaison"),
        "total": ("합계", "Total"), "across_regions": ("지역 간 중개", "Across regions"),
        // Hubs.
        "anchor": ("거점", "Anchor"), "spokes": ("연계 단지", "Spokes"), "spoke_count": ("연계 단지 수", "Spoke count"),
        "spokes_in_region": ("같은 시·도의 연계 단지", "Spokes in region"), "linkages": ("연계 수", "Linkages"),
        "linkages_in_region": ("같은 시·도 연계 수", "Linkages in region"), "regional_share": ("시·도 내 비율", "Regional share"),
        "hub_dominance": ("허브 지배도", "Hub dominance"), "region_hub": ("시·도 허브", "Region hub"),
        "region_hub_dominance": ("시·도 허브 지배도", "Region hub dominance"), "ego_size": ("에고 네트워크 크기", "Ego size"),
        "alter_ties": ("이웃 간 연결", "Alter ties"), "starness": ("별 모양 정도", "Starness"), "score": ("지표", "Score"),
        "rank": ("순위", "Rank"), "value": ("값", "Value"), "named_by_policy": ("정책상 거점", "Named by policy"),
        "disagreement": ("불일치", "Disagreement"),
        // Regions.
        "members": ("단지 수", "Members"), "internal": ("내부 연계", "Internal"), "external": ("외부 연계", "External"),
        "ei_index": ("E-I 지수", "E-I index"), "region_a": ("시·도 A", "Region A"), "region_b": ("시·도 B", "Region B"),
        "by_kind": ("유형별", "By kind"), "attribute": ("속성", "Attribute"), "unassigned_nodes": ("미지정 노드", "Unassigned nodes"),
        "unassigned_linkages": ("미지정 연계", "Unassigned linkages"),
        // Compare.
        "change": ("변화", "Change"), "source": ("출발", "Source"), "target": ("도착", "Target"), "count": ("개수", "Count"),
        "before": ("이전", "Before"), "after": ("이후", "After"), "delta": ("변화량", "Change in value"),
        "network": ("네트워크", "Network"), "nodes": ("노드 수", "Nodes"), "edges": ("연계 수", "Edges"),
        // Multiplex.
        "aggregate_degree": ("전체 연결 수", "Aggregate degree"), "overlapping_degree": ("중첩 연결 수", "Overlapping degree"),
        "pairs": ("쌍", "Pairs"), "active_nodes": ("활성 노드", "Active nodes"), "layer_a": ("층위 A", "Layer A"),
        "layer_b": ("층위 B", "Layer B"), "shared_pairs": ("공유 쌍", "Shared pairs"), "union_pairs": ("합집합 쌍", "Union pairs"),
        "jaccard": ("자카드 지수", "Jaccard index"),
        // Resilience, critical nodes, proximity.
        "order": ("제거 순서", "Order"), "step": ("단계", "Step"), "removed": ("제거한 노드", "Removed"),
        "largest_component": ("최대 연결 요소", "Largest component"), "largest_fraction": ("최대 연결 요소 비율", "Largest fraction"),
        "components": ("연결 요소 수", "Components"), "mean_shortest_path": ("평균 최단 경로", "Mean shortest path"),
        "component_size": ("연결 요소 크기", "Component size"), "pieces": ("조각 수", "Pieces"), "cut_off": ("단절 노드", "Cut off"),
        "pairs_disconnected": ("끊기는 쌍", "Pairs disconnected"), "a": ("A", "A"), "b": ("B", "B"),
        "distance_km": ("거리(km)", "Distance (km)"), "already_linked": ("기존 연계", "Already linked"),
        "spoke": ("연계 단지", "Spoke"), "within": ("거리 안", "Within"),
    ]
}
