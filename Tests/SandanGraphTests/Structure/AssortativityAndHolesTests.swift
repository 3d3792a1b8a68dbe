import Testing
@testable import SandanGraph

/// Assortativity and Burt's measures against NetworkX on every fixture.
@Suite struct AssortativityAndHolesTests {
    @Test(arguments: StructureFixture.all)
    func assortativityMatchesNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        expectMatches(try degreeAssortativity(graph), try #require(fixture.scalar("degree_assortativity")),
                      "\(name) degree assortativity")
        expectMatches(try attributeAssortativity(graph, groups: try fixture.partition("region")),
                      try #require(fixture.scalar("attribute_assortativity_region")), "\(name) region assortativity")
    }

    @Test(arguments: StructureFixture.all)
    func burtMeasuresMatchNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        let expectedConstraint = fixture.node("constraint") ?? []
        let expectedSize = fixture.node("effective_size") ?? []
        expectMatches(try constraint(graph), expectedConstraint, "\(name) constraint")
        expectMatches(try effectiveSize(graph), expectedSize, "\(name) effective size")
    }
}
