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
}
