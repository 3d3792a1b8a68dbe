/// What ``GraphDrawing`` hands to ``CanvasComposition`` besides its DOT: the canvas, the
/// nodes' designed diameters and label importance, and the legend.
struct CanvasPlan: Sendable {
    var canvas: Canvas
    /// Node diameters in inches, as designed for the canvas.
    var diameters: [Double]
    /// Importance of each node's label (higher first).
    var ranking: [Double]
    var legend: Legend
    /// A map: positions are scaled by one factor in both directions.
    var keepsAspect: Bool
    /// A map's outlines, leader lines and scale bar, which the layout pass goes without and
    /// the final drawing gets scaled into the canvas (nil without `--geo`).
    var map: (overlay: MapOverlay, projection: GeographicProjection)?
    /// The output format (PNG gets the canvas's dpi).
    var format: RenderFormat?
}

