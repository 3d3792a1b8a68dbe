/// The kinds of linkage between complexes that the seed documents describe (the edge `kind`
/// vocabulary of `Graphs/README.md`), plus the kind Sandan derives from coordinates.
///
/// A dataset may bring other kinds to the analyses (they work on any kind); the validator
/// accepts only the stored kinds (``storedCases``).
public enum LinkageKind: String, Sendable, CaseIterable, Codable {
    /// Anchor complex (거점) → linked complex or area (연계) of a competitiveness district, an
    /// overhaul region or a 2024 candidate.
    case anchorLink = "anchor-link"
    /// Supplier → buyer along a value chain, with the product.
    case valueChain = "value-chain"
    /// A value chain a seed names without saying who supplies whom (인천's 남동–주안부평–송도,
    /// 전남's chemicals and steel with batteries, 전북's 2024 carbon, hydrogen and drones);
    /// listed order, not a flow.
    case valueChainUndirected = "value-chain-undirected"
    /// Cooperation across wide-area regions (the 2010 automotive link); listed order, not a flow.
    case crossRegion = "cross-region"
    /// Joint development inside one region (the 2020 경북 region); listed order, not a flow.
    case cooperation
    /// An agency office → the office or complex it manages.
    case management
    /// A KICOX regional headquarters → the anchor complex of the region it coordinates.
    case coordination
    /// Derived, never stored: two complexes whose coordinates lie within a distance of each
    /// other (see ``proximityLinks(_:options:)``).
    case proximity

    /// The kinds a dataset stores (every kind but the derived ``proximity``).
    public static var storedCases: [LinkageKind] { allCases.filter { $0 != .proximity } }

    /// The industrial linkages between complexes (anchor-link, value chain with or without a
    /// stated direction, cross-region, cooperation), as opposed to the governance layer
    /// (management, coordination) and the derived proximity.
    public static let industrial: [LinkageKind] = [.anchorLink, .valueChain, .valueChainUndirected, .crossRegion, .cooperation]

    /// Whether the edge's direction means something (anchor → linked, supplier → buyer,
    /// manager → managed, coordinator → coordinated). Cross-region, cooperation and proximity
    /// edges are stored in listed order only.
    public var hasDirection: Bool {
        switch self {
        case .anchorLink, .valueChain, .management, .coordination: true
        case .valueChainUndirected, .crossRegion, .cooperation, .proximity: false
        }
    }

    /// The layer of the bundled network the kind belongs to (``NetworkLayer``): management
    /// and coordination are the governance layer, every other kind the industrial one.
    public var layer: NetworkLayer {
        switch self {
        case .management, .coordination: .governance
        case .anchorLink, .valueChain, .valueChainUndirected, .crossRegion, .cooperation, .proximity: .industrial
        }
    }

    /// Whether the source end must be an organisation (management, coordination) and whether
    /// the ends must not be organisations (the industrial linkages).
    var organisationRule: OrganisationRule {
        switch self {
        case .management, .coordination: .sourceIsOrganisation
        case .anchorLink, .valueChain, .valueChainUndirected, .crossRegion, .cooperation, .proximity: .noOrganisation
        }
    }

    enum OrganisationRule { case sourceIsOrganisation, noOrganisation }
}
