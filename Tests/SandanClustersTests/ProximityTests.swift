import Testing
import SandanGraph
import SandanClusters

/// Haversine distances and proximity links. Expected distances on a sphere of radius
/// R = 6371.0088 km: one degree of arc is R·π/180 = 111.19508 km; 0.05° is 5.5597540 km;
/// (0°, 0.05°)–(0.05°, 0°) is 7.8626790 km (≈ √2 · 5.56); half the equator πR = 20015.114 km.
@Suite struct ProximityTests {
    @Test func haversine() {
        let origin = GeoPoint(latitude: 0, longitude: 0)
        #expect(abs(origin.distanceKm(to: GeoPoint(latitude: 1, longitude: 0)) - 111.1950802335329) < 1e-9)
        #expect(abs(origin.distanceKm(to: GeoPoint(latitude: 0, longitude: 180)) - 20015.114442035923) < 1e-6)
        #expect(origin.distanceKm(to: origin) == 0)
    }

    /// p (0, 0), q (0, 0.05), r (0, 0.2), s without coordinates, t (0.05, 0) an organisation.
    /// Within 10 km: p–q 5.56, p–t 5.56, q–t 7.86; r is 22.24 km from p. Anchor-links p→r
    /// (22.24, not within) and p→s (no distance).
    static func graph() throws -> Graph {
        func at(_ lat: Double, _ lon: Double, kind: String = "complex") -> [String: AttributeValue] {
            ["lat": .double(lat), "lon": .double(lon), "kind": .string(kind), "coords": .string("approx-city")]
        }
        return try TestGraphs.make(nodes: [("p", at(0, 0)), ("q", at(0, 0.05)), ("r", at(0, 0.2)), ("s", ["kind": .string("complex")]),
                                           ("t", at(0.05, 0, kind: "organisation"))],
                                   edges: [("p", "r", "anchor-link", [:]), ("p", "s", "anchor-link", [:]), ("p", "q", "value-chain", [:])])
    }

    @Test func pairsWithinTheDistance() throws {
        let links = try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: 10))
        #expect(links.pairs.map { $0.idA + $0.idB } == ["pq", "pt", "qt"])
        #expect(abs(links.pairs[0].distanceKm - 5.559754011676645) < 1e-9)
        #expect(abs(links.pairs[2].distanceKm - 7.862679027790194) < 1e-9)
        #expect(links.pairs.map(\.linked) == [true, false, false])
        #expect(links.nodesWithoutCoordinates == 1)
        #expect(links.approximateNodes == 4)
    }

    @Test func nodeKindsAndThreshold() throws {
        let complexes = try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: 10, nodeKinds: ["complex"]))
        #expect(complexes.pairs.map { $0.idA + $0.idB } == ["pq"])
        let wide = try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: 22.3, nodeKinds: ["complex"]))
        #expect(wide.pairs.map { $0.idA + $0.idB } == ["pq", "qr", "pr"])
        #expect(throws: GraphError.parameterOutOfRange(name: "the proximity distance", value: "-1.0", allowed: "a non-negative number of kilometres")) {
            try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: -1))
        }
    }

    /// Excluding organisations drops t and its pairs p–t, q–t; s, without coordinates, is
    /// still counted as considered. A node without a kind is never excluded.
    @Test func excludedNodeKinds() throws {
        let noOffices = try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: 10, excludedNodeKinds: ["organisation"]))
        #expect(noOffices.pairs.map { $0.idA + $0.idB } == ["pq"])
        #expect(noOffices.nodesWithoutCoordinates == 1)
        #expect(noOffices.approximateNodes == 3)
        let kindless = try TestGraphs.make(nodes: [("u", ["lat": .double(0), "lon": .double(0)]), ("v", ["lat": .double(0), "lon": .double(0.05)])])
        let kept = try proximityLinks(kindless, options: ProximityOptions(thresholdKm: 10, excludedNodeKinds: ["organisation"]))
        #expect(kept.pairs.map { $0.idA + $0.idB } == ["uv"])
    }

    /// The industrial default leaves the organisation t out; naming kinds keeps only those.
    @Test func industrialOptions() throws {
        let industrial = try proximityLinks(try Self.graph(), options: .industrial(km: 10))
        #expect(industrial.pairs.map { $0.idA + $0.idB } == ["pq"])
        let offices = try proximityLinks(try Self.graph(), options: .industrial(km: 10, kinds: ["organisation", "complex"]))
        #expect(offices.pairs.map { $0.idA + $0.idB } == ["pq", "pt", "qt"])
        #expect(ProximityOptions.industrial(km: 3, maximumPairs: 7).maximumPairs == 7)
    }

    @Test func anchorLinkLengths() throws {
        let links = try proximityLinks(try Self.graph(), options: ProximityOptions(thresholdKm: 10))
        #expect(links.anchorLinks.map(\.spoke) == ["r", "s"])
        #expect(abs(links.anchorLinks[0].distanceKm! - 22.23901604670658) < 1e-9)
        #expect(links.anchorLinks[0].within == false)
        #expect(links.anchorLinks[1].distanceKm == nil)
        #expect(links.anchorLinks[1].within == nil)
    }

    @Test func derivedEdgesJoinTheGraph() throws {
        let g = try Self.graph()
        let links = try proximityLinks(g, options: ProximityOptions(thresholdKm: 10))
        let joined = try withProximityEdges(g, links)
        #expect(joined.edgeCount == g.edgeCount + 3)
        #expect(joined.kinds.contains("proximity"))
        let proximity = try joined.filtered(kinds: ["proximity"])
        #expect(proximity.edgeCount == 3)
        #expect(proximity.edgeAttributes.value("distance_km", at: 0)?.numericValue == links.pairs[0].distanceKm)
        #expect(joined.nodeAttributes.value("lat", at: 1)?.numericValue == 0)
        #expect(joined.edgeAttributes.value("distance_km", at: 0) == nil)
    }

    /// Two nodes at one point (a complex and its office, as in Graphs/) are exactly 0 km
    /// apart: their pair is within even a 0 km threshold and its edge carries distance_km 0; a
    /// town-level node counts as approximate too.
    @Test func nodesSharingAPointAreZeroKilometresApart() throws {
        let point: [String: AttributeValue] = ["lat": .double(34.7449), "lon": .double(126.4664), "kind": .string("complex"),
                                               "coords": .string("approx-town")]
        let graph = try TestGraphs.make(nodes: [("a", point), ("b", point)])
        let links = try proximityLinks(graph, options: ProximityOptions(thresholdKm: 0))
        #expect(links.pairs.count == 1 && links.pairs[0].distanceKm == 0)
        #expect(links.approximateNodes == 2)
        let withEdges = try withProximityEdges(graph, links)
        #expect(withEdges.edgeCount == 1)
        #expect(withEdges.edgeAttributes.value("distance_km", at: 0)?.numericValue == 0)
    }
}
