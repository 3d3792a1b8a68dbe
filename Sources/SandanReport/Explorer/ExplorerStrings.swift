/// The explorer page's interface text in Korean and English (data names are never translated).
struct ExplorerStrings {
    let language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    private func pick(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    var title: String { pick("산업단지 네트워크 탐색", "Industrial complex network explorer") }
    var search: String { pick("검색", "Search") }
    var searchHint: String { pick("이름·id·초성 (예: ㄱㅁ)", "name or id (Korean: initials, e.g. ㄱㅁ)") }
    var kinds: String { pick("연계 종류", "Linkage kinds") }
    var year: String { pick("연도까지", "Up to year") }
    var all: String { pick("전체", "all") }
    var play: String { pick("▶ 재생", "▶ Play") }
    var edgesShown: String { pick("표시된 연계", "Linkages shown") }
    var zoomIn: String { pick("확대", "Zoom in") }
    var zoomOut: String { pick("축소", "Zoom out") }
    var fit: String { pick("화면에 맞춤", "Fit") }
    var exportSVG: String { pick("SVG로 저장", "Save as SVG") }
    var exportPNG: String { pick("PNG로 저장", "Save as PNG") }
    var colorBy: String { pick("색", "Colour by") }
    var sizeBy: String { pick("크기", "Size by") }
    var mapView: String { pick("지도", "Map") }
    var programme: String { pick("사업", "Programme") }
    var allProgrammes: String { pick("모든 사업", "all programmes") }
    var regionsFilter: String { pick("시·도 거르기", "Provinces shown") }
    var legend: String { pick("범례", "Legend") }
    var brokerage: String { pick("중개 (Gould–Fernandez, 시·도 기준)", "Brokerage (Gould–Fernandez, by province)") }
    /// The captions of the Gould–Fernandez roles, in `BrokerageRole/roles` order, then the total.
    var brokerageRoles: [String] {
        language == .ko ? ["조정자", "순회자", "대표자", "문지기", "연락자", "합계"]
            : ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
    }
    var canvas: String { pick("네트워크 그림 (끌어서 이동, 휠·+·−로 확대, 0으로 맞춤)", "Network (drag to pan, wheel or + − to zoom, 0 to fit)") }
    var noSelection: String { pick("단지를 누르거나 검색하세요", "Click or search for a complex") }
    var region: String { pick("시·도", "Province") }
    var kind: String { pick("종류", "Kind") }
    var macro: String { pick("권역", "Wide-area region") }
    var anchorSince: String { pick("거점 지정", "Anchor since") }
    var programmes: String { pick("사업", "Programmes") }
    var degree: String { pick("연결 정도", "Degree") }
    var betweenness: String { pick("매개 중심성", "Betweenness") }
    var pagerank: String { pick("페이지랭크", "PageRank") }
    var community: String { pick("커뮤니티 (Louvain)", "Community (Louvain)") }
    var neighbours: String { pick("연계된 단지", "Linked complexes") }
    var measuresNote: String {
        pick("측정값은 불러온 네트워크 전체에 대해 sandan analyze와 같은 방법으로 계산했습니다.",
             "Measures are those of sandan analyze on the whole network as loaded.")
    }

    /// Text the script needs, by key.
    var scriptText: [String: String] { ["all": all, "noSelection": noSelection, "other": pick("기타·없음", "other or none")] }
}
