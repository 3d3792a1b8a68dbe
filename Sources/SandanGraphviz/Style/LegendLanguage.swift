/// The language of a drawing's legend: its headings, notes and edge-kind captions (node labels
/// follow ``DrawingStyle/labels``; attribute values and metric names are shown as given).
public enum LegendLanguage: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Korean, for drawings in a Korean report.
    case ko
}

/// Every text of the legend that Sandan writes itself, in one language.
struct LegendText {
    let language: LegendLanguage

    func colourHeading(_ attribute: String) -> String { language == .ko ? "색: \(attribute)" : "Colour: \(attribute)" }
    var sizeHeading: String { language == .ko ? "크기" : "Size" }
    var kindsHeading: String { language == .ko ? "연계 종류" : "Linkages" }
    var noKind: String { language == .ko ? "(종류 없음)" : "(no kind)" }
    /// The colour bar's caption: low to high over `range`.
    func lowToHigh(_ range: String) -> String { language == .ko ? "낮음 → 높음 (\(range))" : "low → high (\(range))" }

    /// The grey swatch's caption: values beyond the palette (or none), or only missing values.
    func otherValues(_ folded: Int) -> String {
        switch (language, folded > 0) {
        case (.ko, true): "그 밖의 값 \(folded)개 또는 없음"
        case (.ko, false): "값 없음"
        case (.en, true): "other \(folded) values or none"
        case (.en, false): "none"
        }
    }

    func summary(nodes: Int, edges: Int, directed: Bool, layout: String) -> String {
        language == .ko
            ? "노드 \(nodes)개 · \(directed ? "방향 " : "")연계 \(edges)개 · 배치 \(layout)"
            : "\(nodes) nodes · \(edges) \(directed ? "directed " : "")edges · layout \(layout)"
    }

    func sizeNote(metric: String, range: String?) -> String {
        (language == .ko ? "노드 면적 ∝ \(metric)" : "Node area ∝ \(metric)") + (range.map { " (\($0))" } ?? "")
    }

    /// Which nodes carry labels when not all do; `metric` nil means by degree.
    func labelNote(labelled: Int, of total: Int, by metric: String?) -> String {
        language == .ko
            ? "이름 표시: 노드 \(total)개 중 \(metric ?? "연결 수") 상위 \(labelled)개"
            : "Labels on the \(labelled) largest of \(total) nodes by \(metric ?? "degree")"
    }

    /// The map's note on positions, naming its projection (``MapProjection/name``).
    func positionsNote(projection: String) -> String {
        language == .ko
            ? "위치: 대략적 좌표(위도·경도), \(projection) 투영; 같은 곳의 노드는 고리 모양으로 펼치고 실제 위치(점)와 선으로 이음"
            : "Positions: approximate coordinates (lat/lon), projected to \(projection); co-located nodes spread on a ring, tied to their true point (dot) by a line"
    }

    /// The caption of an edge kind: its style's, "(no kind)" for edges without one.
    func caption(kind: String, style: EdgeStyle) -> String {
        kind.isEmpty ? noKind : style.caption
    }
}

extension LegendLanguage {
    /// The legend's caption of edge kind `kind` among `styles` (the map a drawing is given as
    /// ``DrawingStyle/edgeStyles``): its style's caption, the kind itself without a style, and
    /// "(no kind)" in this language for an empty kind. O(1).
    public func caption(ofKind kind: String, styles: [String: EdgeStyle]) -> String {
        kind.isEmpty ? LegendText(language: self).noKind : styles[kind]?.caption ?? kind
    }
}
