import SandanClusters
import SandanGraph
import SandanGraphviz

extension Palette {
    /// Sandan's palette for provinces: each 시·도 its own fixed colour (`Region/colors`), or
    /// for `macro_region` each 5+2 wide-area region (`Region/macroColors`); any other value,
    /// and any other attribute, from `Palette/distinct`. Named `korea-regions` (`sandan render
    /// --palette korea-regions`). O(regions).
    public static func koreaRegions(attribute: String = Region.attribute) -> Palette {
        Palette.distinct.fixing(Region.colors(forAttribute: attribute) ?? Region.colors, name: "korea-regions")
    }
}

extension DrawingStyle {
    /// The picture of a whole network in a report or on an explorer page: the layout chosen for
    /// the graph (`LayoutEngine/automatic(for:wantsClusters:hubsAndSpokes:)`), names and
    /// legend in `language` with Sandan's linkage kinds, nodes coloured by province in their
    /// fixed colours when any node has one, node area by `sizes`, for SVG. The caller adds the
    /// canvas and captions. O(n + m).
    static func networkPicture(_ graph: Graph, language: ReportLanguage, sizes: NodeMetric?) -> DrawingStyle {
        var style = DrawingStyle(layout: .automatic(for: graph))
        style.labels = language == .ko ? .korean : .english
        style.drawLinkageKinds(in: LegendLanguage(language))
        if (0..<graph.nodeCount).contains(where: { NetworkFacts.text(graph.nodeAttributes, Region.attribute, $0) != nil }) {
            style.colorBy = Region.attribute
            style.palette = .koreaRegions()
        }
        style.nodeSizes = sizes
        style.format = .svg
        return style
    }
}
