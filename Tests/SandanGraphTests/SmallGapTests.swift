import Foundation
import SandanTestSupport
import SandanGraph
import Testing

/// Eigenvector centrality and HITS on graphs whose spectral gap is small (power iteration needs
/// hundreds of thousands of steps there), against a dense NumPy eigendecomposition written by
/// `Scripts/fixtures/spectral_gap.py` into `Tests/Fixtures/Spectral/small_gap.json`; and the
/// structural uniqueness rule on hand-worked directed graphs.
@Suite("Spectral measures with a small gap")
struct SmallGapTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let graph: Graph
        let eigenvalue: Double
        let eigenvector: [Double]
        let katzAlpha: Double
        let katz: [Double]
        let hub: [Double]?
        let authority: [Double]?
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let url = fixturesFolder.appendingPathComponent("Spectral/small_gap.json")
        guard let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let graphs = json["graphs"] as? [[String: Any]] else { return [] }
        return graphs.map { entry in
            var builder = GraphBuilder(directed: entry["directed"] as? Bool ?? false)
            for id in entry["nodes"] as? [String] ?? [] { builder.addNode(id) }
            for pair in entry["edges"] as? [[String]] ?? [] { builder.addEdge(pair[0], pair[1]) }
            return Case(name: entry["name"] as? String ?? "?", graph: builder.build(),
                        eigenvalue: entry["eigenvalue"] as? Double ?? .nan,
                        eigenvector: entry["eigenvector"] as? [Double] ?? [],
                        katzAlpha: entry["katz_alpha"] as? Double ?? .nan, katz: entry["katz"] as? [Double] ?? [],
                        hub: entry["hub"] as? [Double], authority: entry["authority"] as? [Double])
        }
    }()

    @Test("the fixture holds the six graphs")
    func fixturePresent() {
        #expect(Self.cases.map(\.name) == ["barbell_10_4", "path_300", "two_cliques_directed", "dominant_upstream",
                                           "gnm_300_1500", "barabasi_albert_300_3"])
    }

    @Test("eigenvector centrality matches NumPy's eigendecomposition to 1e-9", arguments: cases)
    func eigenvector(_ c: Case) throws {
        expectClose(try eigenvectorCentrality(c.graph), c.eigenvector, tolerance: 1e-9, "\(c.name) eigenvector")
    }

    @Test("the answer does not depend on the node order", arguments: cases)
    func eigenvectorPermuted(_ c: Case) throws {
        var generator = SeededGenerator(seed: 12)
        let order = Array(0..<c.graph.nodeCount).shuffled(using: &generator)
        let shuffled = c.graph.inducedSubgraph(order)
        let x = try eigenvectorCentrality(shuffled)
        expectClose(order.indices.map { x[$0] }, order.map { c.eigenvector[$0] }, tolerance: 1e-9, "\(c.name) shuffled")
    }

    @Test("HITS matches NumPy's singular vectors, or is refused where σ₁ is not simple", arguments: cases)
    func hubsAndAuthorities(_ c: Case) throws {
        if let hub = c.hub, let authority = c.authority {
            let scores = try hits(c.graph)
            expectClose(scores.hubs, hub, tolerance: 1e-9, "\(c.name) hubs")
            expectClose(scores.authorities, authority, tolerance: 1e-9, "\(c.name) authorities")
        } else {
            #expect(throws: GraphError.self) { try hits(c.graph) }
        }
    }

    @Test("Katz at α = 0.9/λ₁ matches NumPy's dense solve", arguments: cases)
    func katzBelowBound(_ c: Case) throws {
        expectClose(try katzCentrality(c.graph, options: KatzOptions(alpha: c.katzAlpha)), c.katz, tolerance: 1e-9, "\(c.name) Katz")
    }

    @Test("Katz refuses α at or above 1/λ₁ and names 1/λ₁ (NumPy's λ₁)", arguments: cases)
    func katzAboveBound(_ c: Case) throws {
        for factor in [1.0, 1.5] {
            let alpha = factor / c.eigenvalue
            let error = #expect(throws: GraphError.self) { try katzCentrality(c.graph, options: KatzOptions(alpha: alpha)) }
            guard case let .katzAlphaTooLarge(refused, _) = error, let message = error?.description else {
                Issue.record("\(c.name), α = \(factor)/λ₁: \(String(describing: error))")
                continue
            }
            #expect(refused == alpha)
            #expect(message.contains("α = \(alpha) is at least 1/λ₁ = "), "\(message)")
            expectClose(try #require(katzBound(in: message)), 1 / c.eigenvalue, tolerance: 1e-9 / c.eigenvalue, "\(c.name) 1/λ₁")
        }
    }

    @Test("directed: of two components with the same radius, the downstream one carries the eigenvector")
    func chainOfEqualComponents() throws {
        // Cycles a→b→c→a and p→q→r→p (radius 1 each), c→p, and a tail r→d→e. The eigenvalue 1 is
        // defective (a Jordan block), its eigenspace one-dimensional: x = t on p, q, r (λ x_p =
        // x_r + x_c with x_c = 0 upstream), then x_d = x_r, x_e = x_d; 0 on a, b, c. Unit norm:
        // t = 1/√5. Power iteration creeps towards it like 1/k.
        var builder = GraphBuilder(directed: true)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "a"), ("p", "q"), ("q", "r"), ("r", "p"),
                       ("c", "p"), ("r", "d"), ("d", "e")] { builder.addEdge(u, v) }
        let graph = builder.build()
        let x = try eigenvectorCentrality(graph)
        let t = 1 / 5.0.squareRoot()
        let expected: [String: Double] = ["a": 0, "b": 0, "c": 0, "p": t, "q": t, "r": t, "d": t, "e": t]
        for (id, value) in expected { expectClose(x[try #require(graph.index(of: id))], value, tolerance: 1e-12, id) }
    }

    @Test("directed: two components with the same radius, neither reaching the other: not unique")
    func twoFinalComponents() throws {
        var builder = GraphBuilder(directed: true)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "a"), ("p", "q"), ("q", "r"), ("r", "p"), ("x", "a"), ("x", "p")] {
            builder.addEdge(u, v)
        }
        #expect(throws: GraphError.self) { try eigenvectorCentrality(builder.build()) }
    }

    @Test("undirected: many small components, one dominant (the pruning by bounds keeps the right one)")
    func manyComponents() throws {
        // 200 disjoint edges (radius 1) and one K4 (radius 3): x = 1/2 on the K4, 0 elsewhere.
        var builder = GraphBuilder(directed: false)
        for i in 0..<200 { builder.addEdge("u\(i)", "v\(i)") }
        for (u, v) in [("k0", "k1"), ("k0", "k2"), ("k0", "k3"), ("k1", "k2"), ("k1", "k3"), ("k2", "k3")] {
            builder.addEdge(u, v)
        }
        let graph = builder.build()
        let x = try eigenvectorCentrality(graph)
        for v in 0..<graph.nodeCount {
            expectClose(x[v], graph.ids[v].hasPrefix("k") ? 0.5 : 0, tolerance: 1e-12, graph.ids[v])
        }
    }
}

/// The number after "1/λ₁ = " in Katz's message for an α that is too large.
func katzBound(in message: String) -> Double? {
    guard let range = message.range(of: "1/λ₁ = ") else { return nil }
    return Double(message[range.upperBound...].prefix { !$0.isWhitespace })
}
