import Testing
import SandanGraph
import SandanClusters

/// The industrial and governance layers on a hand-built network.
///
/// Nodes (in order): hq, office (organisations), a, b, c, m (complexes), z (a complex without
/// edges), q (an organisation without edges), x (no `kind`, governance edges only), y (no
/// `kind`, no edges). Edges: a–b anchor-link, b–c value-chain, hq→office management,
/// office→a coordination, office→m management, hq→x management.
///
/// industrial: edges a–b, b–c; nodes a, b, c (edges), m, z (complexes), y (no kind, no
/// governance edge) — not hq, office, q (organisations) nor x (governance edges only).
/// governance: edges hq→office, office→a, office→m, hq→x; nodes hq, office, a, m, x (edges), q
/// (an organisation).
@Suite struct NetworkLayerTests {
    static func graph() throws -> Graph {
        func node(_ id: String, _ kind: String?) -> (String, [String: AttributeValue]) {
            (id, kind.map { ["kind": .string($0)] } ?? [:])
        }
        return try TestGraphs.make(
            nodes: [node("hq", "organisation"), node("office", "organisation"), node("a", "complex"), node("b", "complex"),
                    node("c", "complex"), node("m", "complex"), node("z", "complex"), node("q", "organisation"),
                    node("x", nil), node("y", nil)],
            edges: [("a", "b", "anchor-link", [:]), ("b", "c", "value-chain", [:]), ("hq", "office", "management", [:]),
                    ("office", "a", "coordination", [:]), ("office", "m", "management", [:]), ("hq", "x", "management", [:])])
    }

    @Test func industrialLayer() throws {
        let layer = NetworkLayer.industrial.restrict(try Self.graph())
        #expect((0..<layer.nodeCount).map { layer.ids[$0] } == ["a", "b", "c", "m", "z", "y"])
        #expect((0..<layer.edgeCount).map { layer.kind(of: $0) } == ["anchor-link", "value-chain"])
    }

    @Test func governanceLayer() throws {
        let layer = NetworkLayer.governance.restrict(try Self.graph())
        #expect((0..<layer.nodeCount).map { layer.ids[$0] } == ["hq", "office", "a", "m", "q", "x"])
        #expect(layer.edgeCount == 4)
        #expect(Set((0..<layer.edgeCount).map { layer.kind(of: $0) }) == ["management", "coordination"])
    }

    @Test func allIsTheGraphItself() throws {
        let graph = try Self.graph()
        let all = NetworkLayer.all.restrict(graph)
        #expect(all.nodeCount == graph.nodeCount && all.edgeCount == graph.edgeCount)
    }

    @Test func defaultLayerOnlyWhenBothLayersArePresent() throws {
        #expect(NetworkLayer.defaultLayer(for: try Self.graph()) == .industrial)
        let industrialOnly = try TestGraphs.make(nodes: [], edges: [("a", "b", "anchor-link", [:]), ("b", "c", "custom", [:])])
        #expect(NetworkLayer.defaultLayer(for: industrialOnly) == .all)
        let governanceOnly = try TestGraphs.make(nodes: [], edges: [("a", "b", "management", [:])])
        #expect(NetworkLayer.defaultLayer(for: governanceOnly) == .all)
        let plain = try TestGraphs.edges([("a", "b")])
        #expect(NetworkLayer.defaultLayer(for: plain) == .all)
    }

    @Test func kindsBelongToTheirLayer() {
        #expect(LinkageKind.allCases.filter { $0.layer == .governance } == [.management, .coordination])
        #expect(NetworkLayer.industrial.contains(kind: "custom"))
        #expect(!NetworkLayer.governance.contains(kind: "custom"))
        #expect(NetworkLayer.all.contains(kind: "management"))
    }

    /// Graphs/README.md: management and coordination are the governance layer; the other stored
    /// kinds and the derived proximity the industrial one.
    @Test func eachLayerListsItsKinds() {
        #expect(NetworkLayer.governance.kinds.map(\.rawValue) == ["management", "coordination"])
        #expect(NetworkLayer.industrial.kinds.map(\.rawValue)
                == ["anchor-link", "value-chain", "value-chain-undirected", "cross-region", "cooperation", "proximity"])
        #expect(NetworkLayer.all.kinds.count == 8)
    }
}
