/// The kinds of linkage between complexes that the seed documents describe.
///
/// A dataset may bring other kinds; these are the ones the domain analyses know.
public enum LinkageKind: String, Sendable, CaseIterable {
    /// Anchor complex (거점) → linked complex (연계) of a competitiveness district or an
    /// overhaul region.
    case anchorLink = "anchor-link"
    /// Supplier → buyer along a value chain, with the product.
    case valueChain = "value-chain"
    /// Cooperation across wide-area regions (the 2010 automotive link).
    case crossRegion = "cross-region"
    /// An agency office → the complex or office it manages.
    case management
}
