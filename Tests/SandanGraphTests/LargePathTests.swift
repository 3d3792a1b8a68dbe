import Testing
@testable import SandanGraph

/// Every connectivity and community algorithm on a path of 1,000,000 nodes: nothing may
/// recurse as deep as the graph (the stack would overflow), and the answers are known by hand.
@Suite struct LargePathTests {
    static let n = 1_000_000

    static let path = LargeGraphTests.path(n)

    /// Path 0 – 1 – … – (n−1): one component; every inner node an articulation point, every
    /// edge a bridge and a block; every core number 1; every cut and connectivity 1. Directed,
    /// every node is its own strong component and the connectivities are 0.
    @Test func connectivityOnAMillionNodePath() throws {
        let g = Self.path, n = Self.n
        #expect(weaklyConnectedComponents(g).count == 1)
        #expect(stronglyConnectedComponents(g).count == 1)
        let blocks = biconnectedComponents(g)
        #expect(blocks.count == n - 1)
        #expect(blocks.bridges.allSatisfy { $0 })
        #expect(blocks.articulationPoints.filter { $0 }.count == n - 2)
        #expect(!blocks.articulationPoints[0] && !blocks.articulationPoints[n - 1])
        #expect(coreNumbers(g).allSatisfy { $0 == 1 })
        let cut = try minimumCut(g, source: 0, target: n - 1)
        #expect(cut.value == 1 && cut.edges.count == 1)
        #expect(try localEdgeConnectivity(g, source: 0, target: n - 1) == 1)
        #expect(try localNodeConnectivity(g, source: 0, target: n - 1) == 1)
        #expect(try edgeConnectivity(g) == 1)
        #expect(try nodeConnectivity(g) == 1)

        let directed = g.directed()
        #expect(stronglyConnectedComponents(directed).count == n)
        #expect(try minimumCut(directed, source: 0, target: n - 1).value == 1)
        #expect(try minimumCut(directed, source: n - 1, target: 0).value == 0)
        #expect(try edgeConnectivity(directed) == 0)
        #expect(try nodeConnectivity(directed) == 0)
    }

    /// On a long path, modularity is maximised by runs of about √(2m) ≈ 1,414 nodes, giving Q
    /// close to 1 − 2/√(2m) ≈ 0.9986 (for k equal runs, Q = 1 − 1/(k·(something)) − k/m…; we
    /// only assert Q > 0.99). Label propagation ends with runs of two or three nodes.
    @Test func communitiesOnAMillionNodePath() throws {
        let g = Self.path, n = Self.n
        for method in CommunityMethod.allCases {
            let result = try detectCommunities(g, method: method, seed: 1)
            #expect(result.labels.count == n)
            let q = try #require(result.modularity)
            #expect(abs(q - (try modularity(g, partition: result.labels))) < 1e-9)
            #expect(q > (method == .labelPropagation ? 0.5 : 0.99), "\(method): \(q)")
        }
        let halves = (0..<n).map { $0 < n / 2 ? 0 : 1 }
        let thirds = (0..<n).map { $0 * 3 / n }
        #expect(try normalizedMutualInformation(halves, halves) == 1)
        #expect(try adjustedRandIndex(thirds, halves) < 1)
    }
}
