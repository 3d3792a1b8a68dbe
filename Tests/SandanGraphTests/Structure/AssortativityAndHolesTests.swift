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
        if let weighted = fixture.scalar("degree_assortativity_weighted") {
            expectMatches(try degreeAssortativity(fixture.graph), weighted, "\(name) weighted degree assortativity")
        }
        expectMatches(try attributeAssortativity(graph, groups: try fixture.partition("region")),
                      try #require(fixture.scalar("attribute_assortativity_region")), "\(name) region assortativity")
    }

    @Test(arguments: StructureFixture.all)
    func constraintMatchesNetworkX(_ name: String) throws {
        let fixture = try StructureFixture(name)
        expectMatches(try burtConstraint(fixture.graph.unweighted()), try fixture.requiredNode("constraint"),
                      "\(name) constraint")
        expectMatches(try burtConstraint(fixture.graph.unweighted(), threads: 1), try fixture.requiredNode("constraint"),
                      "\(name) constraint, one thread")
        if let weighted = fixture.node("constraint_weighted") {
            expectMatches(try burtConstraint(fixture.graph), weighted, "\(name) weighted constraint")
        }
    }

    /// Against Burt's formula with NetworkX's redundancy terms (`effective_size_burt`), and against
    /// `nx.effective_size` itself on undirected unweighted graphs, where NetworkX's vectorised
    /// code (which divides by the wrong node's largest tie) still agrees with Burt.
    @Test(arguments: StructureFixture.all)
    func effectiveSizeMatchesBurt(_ name: String) throws {
        let fixture = try StructureFixture(name)
        let graph = fixture.graph.unweighted()
        let sizes = try burtEffectiveSize(graph)
        expectMatches(sizes, try fixture.requiredNode("effective_size_burt"), "\(name) effective size")
        if !graph.isDirected {
            expectMatches(sizes, try fixture.requiredNode("effective_size"), "\(name) nx effective size")
        }
        if let weighted = fixture.node("effective_size_burt_weighted") {
            expectMatches(try burtEffectiveSize(fixture.graph), weighted, "\(name) weighted effective size")
        }
    }

    /// Directed dangling: nx.effective_size (vectorised) gives c 2.0 and d 3.6. By hand with
    /// Burt's m_jq = a_jq / max_k a_jk: c's contacts a, b, d have mutual weights 1, 1, 2 (c↔d),
    /// so p = ¼, ¼, ½; redundancies a: ¼·1 (via b), b: ¼·1 + ½·1 (via a, d), d: ¼·½ (via b,
    /// d's largest tie is 2) → e_c = ¾ + ¼ + ⅞ = 1.875.
    @Test func effectiveSizeFollowsBurtNotNetworkXVectorised() throws {
        let fixture = try StructureFixture("directed_dangling")
        let c = try #require(fixture.graph.index(of: "c"))
        #expect(abs(try burtEffectiveSize(fixture.graph.unweighted())[c] - 1.875) < 1e-12)
        #expect(try fixture.requiredNode("effective_size")[c] == 2.0)
    }
}
