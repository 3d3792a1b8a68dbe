@testable import SandanGraph
import Testing

@Suite("Weakly connected components")
struct ComponentsTests {
    @Test("labels, count and largest size match NetworkX", arguments: ReferenceFixture.names)
    func fixtures(name: String) throws {
        let f = try ReferenceFixture.load(name)
        let components = weaklyConnectedComponents(f.graph)
        #expect(components.labels.map(Double.init) == f.nodeValues("component"))
        #expect(Double(components.count) == f.scalar("components"))
        #expect(Double(weakComponentCount(f.graph)) == f.scalar("components"), "the count without labels")
        #expect(Double(components.largest.map { components.sizes[$0] } ?? 0) == f.scalar("largest_component"))
    }

    /// Labels by a breadth-first search over the test's own edge list, ignoring direction,
    /// numbered in order of each component's smallest node.
    static func searchLabels(nodes n: Int, edges: [(Int, Int)]) -> [Int] {
        var neighbours = [[Int]](repeating: [], count: n)
        for (u, v) in edges {
            neighbours[u].append(v)
            neighbours[v].append(u)
        }
        var labels = [Int](repeating: -1, count: n), next = 0
        for s in 0..<n where labels[s] < 0 {
            labels[s] = next
            var queue = [s], head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                for v in neighbours[u] where labels[v] < 0 {
                    labels[v] = next
                    queue.append(v)
                }
            }
            next += 1
        }
        return labels
    }

    /// Random graphs of every shape the union order must handle: one large component and a few
    /// stragglers (nodes whose only edges come late in other rows), many small components, no
    /// large one, loops, and directed graphs whose edges a node only sees in its in-row.
    @Test("random graphs: labels and count match a breadth-first search", arguments: [false, true])
    func randomGraphs(directed: Bool) {
        var random = SeededGenerator(seed: directed ? 5 : 3)
        for trial in 0..<60 {
            let n = Int.random(in: 1...400, using: &random)
            let meanDegree = [0.3, 0.8, 1.5, 3, 8][trial % 5]
            let m = Int(Double(n) * meanDegree / 2)
            var edges: [(Int, Int)] = []
            for _ in 0..<m {
                let u = Int.random(in: 0..<n, using: &random)
                // Mostly edges towards higher nodes, so that low nodes' rows are short: their
                // other edges show up only in later rows.
                let v = Bool.random(using: &random) ? Int.random(in: u..<n, using: &random) : Int.random(in: 0..<n, using: &random)
                edges.append((u, v))
            }
            var builder = GraphBuilder(directed: directed)
            for v in 0..<n { _ = builder.addNode(integer: v) }
            for (u, v) in edges { _ = builder.addEdge(u, v) }
            let graph = builder.build()
            let want = Self.searchLabels(nodes: n, edges: edges)
            let components = weaklyConnectedComponents(graph)
            #expect(components.labels == want, "trial \(trial): n \(n), m \(m)")
            #expect(weakComponentCount(graph) == (want.max() ?? -1) + 1, "trial \(trial): count")
        }
    }
}
