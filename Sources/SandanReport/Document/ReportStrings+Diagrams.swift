/// Words of the diagrams.
extension ReportStrings {
    public var diagramTitle: String { pick("네트워크 지도", "The network") }
    public var diagramIntro: String {
        pick("노드의 색은 시·도, 크기는 매개 중심성입니다. 선의 색과 모양은 연계의 종류를 나타냅니다(범례 참고).",
             "Node colour shows the province and node size the betweenness; line colour and style show the kind of linkage (see the legend).")
    }
    public var networkDiagramCaption: String {
        pick("전체 네트워크: 색은 시·도, 크기는 매개 중심성.", "The whole network: colour by province, size by betweenness.")
    }
    public var networkDiagramCaptionNoRegions: String {
        pick("전체 네트워크: 크기는 매개 중심성.", "The whole network: size by betweenness.")
    }
    /// The province map's colour heading: the 5+2 wide-area regions.
    public var macroRegionTitle: String { pick("광역경제권", "Wide-area region") }
    public var diagramsOmitted: String {
        pick("이 보고서에는 그림이 없습니다(Graphviz로 그리지 않았습니다).", "This report has no diagrams (Graphviz was not used).")
    }
    public var diagramMethod: String {
        pick("그림: Graphviz로 배치했습니다. 배치는 시드가 고정되어 같은 자료에서 같은 그림이 나옵니다.",
             "Diagrams: laid out by Graphviz with a fixed seed, so the same data give the same picture.")
    }
}
