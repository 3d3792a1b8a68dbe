import Foundation
import SandanGraph
import SandanIO

/// A point on the Earth in decimal degrees.
public struct GeoPoint: Sendable, Equatable {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean Earth radius, 6371.0088 km (IUGG mean radius R₁).
    public static let earthRadiusKm = 6371.0088

    /// The great-circle distance to `other` in kilometres, by the haversine formula on a sphere
    /// of radius ``earthRadiusKm`` (error under 0.5 % against the ellipsoid). O(1).
    ///
    /// Reference: Sinnott, R. W. (1984). Virtues of the haversine. Sky and Telescope 68(2): 159.
    public func distanceKm(to other: GeoPoint) -> Double {
        let φ1 = latitude * .pi / 180, φ2 = other.latitude * .pi / 180
        let Δφ = φ2 - φ1, Δλ = (other.longitude - longitude) * .pi / 180
        let h = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * GeoPoint.earthRadiusKm * asin(min(1, h.squareRoot()))
    }
}

/// Two nodes within the distance.
public struct ProximityPair: Sendable, Equatable {
    /// The two nodes, `a < b` by index.
    public let a: Int
    public let b: Int
    public let idA: String
    public let idB: String
    public let distanceKm: Double
    /// Whether the graph already links them (any kind).
    public let linked: Bool
}

/// The length of one anchor-link and whether it meets the distance.
public struct AnchorLinkDistance: Sendable, Equatable {
    public let anchor: String
    public let spoke: String
    /// nil when either end has no coordinates.
    public let distanceKm: Double?
    /// Whether the distance is at most the threshold; nil without coordinates.
    public var within: Bool? { distanceKm.map { $0 <= threshold } }
    let threshold: Double
}

/// Options of ``proximityLinks(_:options:)``.
public struct ProximityOptions: Sendable, Equatable {
    /// The distance in kilometres; pairs at most this far apart are linked. The seeds select
    /// linked complexes within 7.5 km (대구, 성서) and 10 km (전남, 여수).
    public var thresholdKm: Double
    /// When set, only nodes whose `kind` attribute is one of these get proximity edges.
    public var nodeKinds: Set<String>?
    /// Nodes whose `kind` attribute is one of these get no proximity edge (nodes without a kind
    /// still do); `[organisation]` keeps agency offices out, as the stored industrial linkages do.
    public var excludedNodeKinds: Set<String>
    /// The node attributes holding latitude and longitude.
    public var latitudeAttribute: String
    public var longitudeAttribute: String
    /// The most pairs found before the search stops with an error: n nodes at one place make
    /// n(n − 1)/2 pairs (20,000 co-located nodes, 2 × 10⁸ pairs, would need 4 GB). Default 5 million.
    public var maximumPairs: Int

    public init(thresholdKm: Double = 10, nodeKinds: Set<String>? = nil, excludedNodeKinds: Set<String> = [],
                latitudeAttribute: String = "lat", longitudeAttribute: String = "lon", maximumPairs: Int = 5_000_000) {
        self.thresholdKm = thresholdKm
        self.maximumPairs = maximumPairs
        self.nodeKinds = nodeKinds
        self.excludedNodeKinds = excludedNodeKinds
        self.latitudeAttribute = latitudeAttribute
        self.longitudeAttribute = longitudeAttribute
    }

    /// Proximity between the places industrial linkages join (`sandan proximity`,
    /// `--proximity-km`): only nodes whose `kind` is one of `kinds` when some are given, else
    /// every node but organisations (an agency office near a complex is no linkage).
    public static func industrial(km: Double, kinds: [String] = [], maximumPairs: Int = 5_000_000) -> ProximityOptions {
        ProximityOptions(thresholdKm: km, nodeKinds: kinds.isEmpty ? nil : Set(kinds),
                         excludedNodeKinds: kinds.isEmpty ? [NodeKind.organisation.rawValue] : [], maximumPairs: maximumPairs)
    }
}

/// Proximity edges derived from coordinates, and the length of every anchor-link.
public struct ProximityLinks: TabularResult {
    public let thresholdKm: Double
    /// Every pair within the threshold, by distance, then indices.
    public let pairs: [ProximityPair]
    /// Every anchor-link edge with its length, in edge order.
    public let anchorLinks: [AnchorLinkDistance]
    /// Nodes considered that have no usable coordinates (missing, or outside −90…90 / −180…180).
    public let nodesWithoutCoordinates: Int
    /// Nodes considered whose `coords` attribute is approximate (`approx-city`, `approx-town`;
    /// ``DatasetSchema/isApproximate(_:)``): their coordinates are the centre of their city,
    /// county or town, so distances between them are between those centres (0 km for two
    /// complexes of one city) and say little below about 10–20 km.
    public let approximateNodes: Int

    /// `pairs` (primary) and `anchor_links`.
    public var tables: [ResultTable] {
        [ResultTable(name: "pairs", header: ["a", "b", "distance_km", "already_linked"],
                     rows: pairs.map { [.text($0.idA), .text($0.idB), .number($0.distanceKm), .flag($0.linked)] }),
         ResultTable(name: "anchor_links", header: ["anchor", "spoke", "distance_km", "within"],
                     rows: anchorLinks.map { l in
                         [.text(l.anchor), .text(l.spoke), .number(l.distanceKm), l.within.map(ResultCell.flag) ?? .text("")]
                     })]
    }
}

/// The coordinates of every node of `graph` from numeric attributes (nil where missing or out
/// of range). O(n).
public func geoPoints(of graph: Graph, latitude: String = "lat", longitude: String = "lon") -> [GeoPoint?] {
    (0..<graph.nodeCount).map { v in
        guard let lat = graph.nodeAttributes.value(latitude, at: v)?.numericValue,
              let lon = graph.nodeAttributes.value(longitude, at: v)?.numericValue,
              lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        return GeoPoint(latitude: lat, longitude: lon)
    }
}

/// Proximity edges: every pair of nodes at most ``ProximityOptions/thresholdKm`` apart by the
/// great-circle distance between their coordinates, and the length of every anchor-link edge
/// against the same threshold.
///
/// The coordinates of `Graphs/` are **approximate, city-level** (`coords` = `approx-city`):
/// two complexes of one city are 0 km apart and two neighbouring complexes in different
/// cities may appear 20 km apart. The result counts such nodes
/// (``ProximityLinks/approximateNodes``); read the pairs as "in the same or a neighbouring
/// city", not as the seeds' 7.5 km or 10 km access criterion measured on the ground.
///
/// - Parameters:
///   - graph: a graph with numeric `lat` and `lon` node attributes (or those named in the
///     options).
///   - options: the threshold, which node kinds to pair, the attribute names.
/// - Returns: the pairs and the anchor-link lengths.
/// - Throws: `GraphError/parameterOutOfRange(name:value:allowed:)` for a negative or non-finite threshold,
///   `GraphError/tooManyResults(what:limit:)` as soon as more than
///   ``ProximityOptions/maximumPairs`` pairs are found (before they are stored).
///
/// ## Conventions
/// Distances are haversine on a sphere of radius 6371.0088 km; "within" is ≤. Nodes without
/// usable coordinates get no pair.
///
/// **Nodes that share a point** (a complex and the agency office of its city, say: the data
/// give city or town centres) are **0 km** apart, exactly: the haversine of two equal points
/// is 0. Their pair is within every threshold, and its `proximity` edge carries
/// `distance_km` = 0. Read as a path length (`--weight distance_km`), such an edge costs
/// nothing, so its two nodes act as one place in shortest paths, closeness and betweenness;
/// the pair is kept rather than dropped, since "in the same place" is the closest proximity
/// there is. Maps (`sandan render --geo`) spread such nodes on a ring tied to the point by leader
/// lines, so the edge is drawn between two nodes a few points apart. ``withProximityEdges(_:_:)`` adds the pairs to a graph as
/// edges of kind `proximity`.
///
/// Complexity: O(n log n + c) time for c pairs compared in latitude bands (two points more
/// than threshold / R radians apart in latitude are never within the threshold), O(n + c) memory.
public func proximityLinks(_ graph: Graph, options: ProximityOptions = ProximityOptions()) throws(GraphError) -> ProximityLinks {
    let threshold = options.thresholdKm
    guard threshold.isFinite, threshold >= 0 else {
        throw .parameterOutOfRange(name: "the proximity distance", value: "\(threshold)", allowed: "a non-negative number of kilometres")
    }
    let points = geoPoints(of: graph, latitude: options.latitudeAttribute, longitude: options.longitudeAttribute)
    let kinds = graph.nodeLabels(NodeKind.attribute)
    let precision = graph.nodeLabels("coords")
    let considered = (0..<graph.nodeCount).filter { v in
        (options.nodeKinds.map { wanted in kinds[v].map(wanted.contains) ?? false } ?? true)
            && !(kinds[v].map(options.excludedNodeKinds.contains) ?? false)
    }
    let located = considered.filter { points[$0] != nil }.sorted { (points[$0]!.latitude, $0) < (points[$1]!.latitude, $1) }
    let neighbours = Neighbourhoods(graph)
    let band = threshold / GeoPoint.earthRadiusKm * 180 / .pi
    var pairs: [ProximityPair] = []
    for (i, u) in located.enumerated() {
        let p = points[u]!
        for v in located[(i + 1)...] {
            let q = points[v]!
            if q.latitude - p.latitude > band { break }
            let d = p.distanceKm(to: q)
            guard d <= threshold else { continue }
            guard pairs.count < options.maximumPairs else {
                throw .tooManyResults(what: "pairs of nodes within \(threshold) km", limit: options.maximumPairs)
            }
            let (a, b) = (min(u, v), max(u, v))
            pairs.append(ProximityPair(a: a, b: b, idA: graph.ids[a], idB: graph.ids[b], distanceKm: d, linked: neighbours.areLinked(a, b)))
        }
    }
    pairs.sort { ($0.distanceKm, $0.a, $0.b) < ($1.distanceKm, $1.a, $1.b) }
    let anchorLinks = (0..<graph.edgeCount).filter { graph.kind(of: $0) == LinkageKind.anchorLink.rawValue }.map { e in
        let s = graph.source(of: e), t = graph.target(of: e)
        let d = points[s].flatMap { p in points[t].map { p.distanceKm(to: $0) } }
        return AnchorLinkDistance(anchor: graph.ids[s], spoke: graph.ids[t], distanceKm: d, threshold: threshold)
    }
    return ProximityLinks(thresholdKm: threshold, pairs: pairs, anchorLinks: anchorLinks,
                          nodesWithoutCoordinates: considered.count - located.count,
                          approximateNodes: considered.filter { DatasetSchema.isApproximate(precision[$0]) }.count)
}

/// `graph` with the proximity pairs added as edges of kind `proximity` carrying the edge
/// attribute `distance_km`; nodes, their attributes, and the other edges with theirs are kept
/// (existing edges get no `distance_km`; the new edges have no value of the other edge
/// attributes). The result is unweighted: call `weighted(by:)` again if needed. O(n + m + c).
/// - Throws: `GraphError/attributeTypeMismatch(name:expected:found:)` when the graph already
///   has a `distance_km` edge attribute that does not hold numbers.
public func withProximityEdges(_ graph: Graph, _ links: ProximityLinks) throws(GraphError) -> Graph {
    var builder = GraphBuilder(directed: graph.isDirected)
    for v in 0..<graph.nodeCount { builder.addNode(graph.ids[v]) }
    for name in graph.nodeAttributes.names { builder.setNodeColumn(name, graph.nodeAttributes[name]!) }
    for e in 0..<graph.edgeCount { builder.addEdge(graph.source(of: e), graph.target(of: e), kind: graph.kind(of: e)) }
    for name in graph.edgeAttributes.names { builder.setEdgeColumn(name, graph.edgeAttributes[name]!) }
    builder.declareEdgeAttribute("distance_km", type: .double)
    for pair in links.pairs {
        let e = builder.addEdge(pair.a, pair.b, kind: LinkageKind.proximity.rawValue)
        try builder.setEdgeAttribute("distance_km", edge: e, .double(pair.distanceKm))
    }
    return builder.build()
}
