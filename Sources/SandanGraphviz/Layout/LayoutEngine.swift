import SandanGraph

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Layered (hierarchical) drawing; clusters drawn. Slow beyond about 100 nodes.
    case dot
    /// Spring model (stress majorisation); clusters drawn.
    case neato
    /// Force-directed (Fruchterman–Reingold); clusters drawn, but differently in each run
    /// when there are clusters (see ``automatic(nodeCount:edgeCount:isForest:wantsClusters:)``).
    case fdp
    /// Multiscale force-directed, for large graphs; clusters not drawn.
    case sfdp
    /// Circular; clusters not drawn.
    case circo
    /// Radial; clusters not drawn.
    case twopi
    /// `neato -n2`: nodes stay at the positions given in `pos` (points), edges with a `pos`
    /// keep that spline, and only the others are routed. Used by the geographic layout (its
    /// outlines are edges with given splines, see `MapOverlay`).
    case pinned = "nop2"

    /// Whether the engine draws `cluster_` subgraphs as boxes (checked on Graphviz 2.42.2:
    /// dot, fdp and neato do; sfdp does not).
    public var drawsClusters: Bool {
        switch self {
        case .dot, .fdp, .neato: true
        case .sfdp, .circo, .twopi, .pinned: false
        }
    }

    /// Whether the engine starts from random positions, seeded by the graph attribute `start`.
    public var usesSeed: Bool {
        switch self {
        case .neato, .fdp, .sfdp: true
        case .dot, .circo, .twopi, .pinned: false
        }
    }

    /// How the engine is called on the command line (`neato -n2` for ``pinned``).
    public var commandLine: String { self == .pinned ? "neato -n2" : rawValue }

    /// The default engine for a graph of this size and shape.
    ///
    /// Measured on Graphviz 2.42 (FIELD_NOTES §1): `dot` takes 3.7 s on 100 nodes and 300
    /// edges and over two minutes on 200/600, `fdp` 83 s on 1,000/1,500, while `sfdp` lays out
    /// 5,000/15,000 in 1.4 s. So: `dot` for small graphs (at most 60 nodes and 120 edges) and
    /// for forests of at most 500 nodes (layering a tree is cheap); when clusters are wanted,
    /// `dot` up to 150 nodes and 300 edges (it draws the boxes, about 3 s on the bundled
    /// network's 119 nodes); `sfdp` otherwise.
    ///
    /// Not `fdp`, though it draws clusters: Graphviz 2.42's fdp gives a different drawing of a
    /// clustered graph in each process (10 runs, 10 drawings: its clusters are visited in an
    /// order derived from memory addresses), while dot and neato give the same bytes every time.
    /// neato is no choice for clusters either: it lays nodes out ignoring them, so the boxes
    /// overlap.
    ///
    /// - Parameters:
    ///   - nodeCount: n.
    ///   - edgeCount: m.
    ///   - isForest: whether the graph, taken as undirected, has no cycle.
    ///   - wantsClusters: whether the drawing groups nodes into clusters.
    public static func automatic(nodeCount: Int, edgeCount: Int, isForest: Bool, wantsClusters: Bool) -> LayoutEngine {
        if nodeCount <= 60 && edgeCount <= 120 { return .dot }
        if isForest && nodeCount <= 500 { return .dot }
        if wantsClusters && nodeCount <= 150 && edgeCount <= 300 { return .dot }
        return .sfdp
    }

    /// The default engine for `graph`, the one choice every drawing of Sandan makes when not
    /// told (`sandan render`, the report's diagrams, the explorer): ``neato`` for a picture of
    /// hubs and their spokes (stars spread round each hub, where dot would line spokes up in
    /// ranks), else ``automatic(nodeCount:edgeCount:isForest:wantsClusters:)`` with the
    /// graph's size and whether it is a forest (taken as undirected: no cycle, no self-loop,
    /// no parallel edge).
    ///
    /// - Complexity: O(n + m) (the weak components, to tell a forest).
    public static func automatic(for graph: Graph, wantsClusters: Bool = false, hubsAndSpokes: Bool = false) -> LayoutEngine {
        if hubsAndSpokes { return .neato }
        let components = weaklyConnectedComponents(graph).count
        let isForest = graph.selfLoopCount == 0 && graph.parallelEdgeCount == 0 && graph.edgeCount == graph.nodeCount - components
        return automatic(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, isForest: isForest, wantsClusters: wantsClusters)
    }
}
