import Foundation
import SandanTestSupport
import SandanGraph
@testable import SandanGraphviz

/// Small graphs for drawing tests.
enum Samples {
    /// Node names a hostile or careless dataset may hold, with what a reader must see in the
    /// drawing (one entry per line of the label), written out by hand.
    static let hostileNames: [(id: String, name: String, shown: [String])] = [
        ("quote", "say \"hi\"", ["say \"hi\""]),
        ("backslash", "C:\\new\\Node \\N", ["C:\\new\\Node \\N"]),
        ("trailing", "ends with \\", ["ends with \\"]),
        ("script", "<script>alert(1)</script>", ["<script>alert(1)</script>"]),
        ("lines", "line one\nline two\r\nline three", ["line one", "line two", "line three"]),
        // 각가 typed as jamo (NFD): shown as the two precomposed syllables U+AC01 U+AC00.
        ("nfd", "\u{1100}\u{1161}\u{11A8}\u{1100}\u{1161}", ["\u{AC01}\u{AC00}"]),
        ("2산단", "2산단", ["2산단"]),
        ("keyword", "Node -> Graph2 [label=x]; }", ["Node -> Graph2 [label=x]; }"]),
        ("html", "<<b>unclosed>", ["<<b>unclosed>"]),
        ("escapes", "\\G \\E \\T \\H \\L \\l \\r", ["\\G \\E \\T \\H \\L \\l \\r"]),
        ("combining", "\"\u{301} quote with a combining mark", ["\"\u{301} quote with a combining mark"]),
        ("bidi", "abc\u{202E}exe.txt", ["abcexe.txt"]),
        ("isolated", "고립된 산단", ["고립된 산단"]),
    ]

    /// A directed graph whose node names, attributes and edge products are hostile; the last
    /// node is isolated. Node attributes `URL`, `image` and `tooltip` hold dangerous values that
    /// must never reach the DOT.
    static func hostile() -> Graph {
        var b = GraphBuilder(directed: true)
        for (i, entry) in hostileNames.enumerated() {
            let v = b.addNode(entry.id)
            try! b.setNodeAttribute("name_ko", node: v, .string(entry.name))
            try! b.setNodeAttribute("region", node: v, .string(i % 3 == 0 ? "경북" : (i % 3 == 1 ? "region \"A\"" : "C:\\zone\\")))
            try! b.setNodeAttribute("URL", node: v, .string("javascript:alert(1)"))
            try! b.setNodeAttribute("image", node: v, .string("/etc/passwd"))
            try! b.setNodeAttribute("tooltip", node: v, .string("\"]; x [image=\"/etc/passwd\""))
        }
        let edges: [(String, String, String, String?)] = [
            ("quote", "backslash", "anchor-link", nil),
            ("backslash", "trailing", "value-chain", "부품\"]; n99 [image=\"/etc/passwd\""),
            ("trailing", "script", "cross-region", nil),
            ("script", "lines", "odd kind \"x\"", nil),
            ("lines", "nfd", "anchor-link", nil),
            ("nfd", "2산단", "value-chain", "전장부품·모듈"),
            ("2산단", "keyword", "management", nil),
            ("keyword", "html", "anchor-link", nil),
            ("html", "escapes", "cooperation", nil),
            ("escapes", "combining", "coordination", nil),
            ("combining", "bidi", "anchor-link", nil),
        ]
        for (u, v, kind, product) in edges {
            let e = b.addEdge(u, v, kind: kind)
            if let product { try! b.setEdgeAttribute("product", edge: e, .string(product)) }
        }
        return b.build()
    }

    /// The style the hostile golden file uses: everything switched on, no label wrapping.
    static func hostileStyle(layout: LayoutEngine = .dot) -> DrawingStyle {
        var style = DrawingStyle(layout: layout)
        style.title = "Hostile \"title\" \\ <b>"
        style.colorBy = "region"
        style.clusterBy = "region"
        style.nodeSizes = NodeMetric(name: "degree", values: (0..<hostileNames.count).map { Double($0 % 4) })
        style.edgeStyles = kindStyles()
        style.edgeLabels = ["value-chain": "product"]
        style.labelLineCharacters = 100
        return style
    }

    /// Styles for the sample graphs' edge kinds, written out here (the drawing module knows no
    /// kind; Sandan's own come from its domain module with the same values): the styles the
    /// golden files were made with, captions in English or Korean.
    static func kindStyles(korean: Bool = false) -> [String: EdgeStyle] {
        let rows: [(kind: String, color: String, line: EdgeStyle.Line, width: Double, en: String, ko: String)] = [
            ("anchor-link", "#0072B2", .solid, 1.6, "anchor → linked (거점→연계)", "거점 → 연계 단지"),
            ("value-chain", "#D55E00", .solid, 2.6, "value chain (supplier → buyer)", "가치사슬 (공급 → 수요)"),
            ("cross-region", "#009E73", .dashed, 2.4, "cross-region cooperation", "광역권 간 협력"),
            ("cooperation", "#CC79A7", .dashed, 1.8, "joint development", "공동 개발"),
            ("coordination", "#E69F00", .dotted, 1.6, "coordination (agency → region)", "조정 (기관 → 권역)"),
            ("management", "#8C8C8C", .dotted, 1.0, "management (agency → complex)", "관리 (기관 → 단지)"),
        ]
        return Dictionary(uniqueKeysWithValues: rows.map {
            ($0.kind, EdgeStyle(color: $0.color, line: $0.line, width: $0.width, caption: korean ? $0.ko : $0.en))
        })
    }

    /// An undirected weighted graph of complexes with coordinates: two share a city, one has
    /// none.
    static func geographic() -> Graph {
        var b = GraphBuilder(directed: false)
        let rows: [(String, String, String, Double?, Double?)] = [
            ("gumi", "구미국가산업단지", "대경권", 36.1195, 128.3446),
            ("kicox-jungbu", "한국산업단지공단 중부본부(구미)", "대경권", 36.1195, 128.3446),
            ("changwon", "창원국가산업단지", "동남권", 35.2280, 128.6811),
            ("banwol", "반월·시화국가산업단지", "수도권", 37.3219, 126.8309),
            ("nowhere", "좌표 없는 단지", "수도권", nil, nil),
        ]
        for (id, name, macro, lat, lon) in rows {
            let v = b.addNode(id)
            try! b.setNodeAttribute("name_ko", node: v, .string(name))
            try! b.setNodeAttribute("macro_region", node: v, .string(macro))
            if let lat, let lon {
                try! b.setNodeAttribute("lat", node: v, .double(lat))
                try! b.setNodeAttribute("lon", node: v, .double(lon))
            }
        }
        let edges: [(String, String, String, Double)] = [
            ("gumi", "kicox-jungbu", "management", 1), ("gumi", "changwon", "value-chain", 3),
            ("changwon", "banwol", "cross-region", 2), ("banwol", "gumi", "cross-region", 2147483647),
        ]
        for (u, v, kind, w) in edges {
            let e = b.addEdge(u, v, kind: kind)
            try! b.setEdgeAttribute("weight", edge: e, .double(w))
        }
        return try! b.build().weighted(by: "weight")
    }

    /// A cycle of `n` nodes with a chord every fifth node, ids `v0…`.
    static func ring(_ n: Int) -> Graph {
        var b = GraphBuilder(directed: false)
        for i in 0..<n { _ = b.addNode("v\(i)") }
        for i in 0..<n {
            _ = b.addEdge(i, (i + 1) % n, kind: "anchor-link")
            if i % 5 == 0 { _ = b.addEdge(i, (i + n / 2) % n, kind: "value-chain") }
        }
        return b.build()
    }
}
