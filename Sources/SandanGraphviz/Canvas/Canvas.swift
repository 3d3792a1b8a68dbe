import Foundation

/// The target a drawing is made for: its physical size, the resolution of its PNG, and the
/// sizes of its text in points at that size.
///
/// A drawing on a canvas is laid out once, then its positions (never its text) are scaled
/// into the canvas (`CanvasComposition`): SVG and PDF come out at exactly ``width`` ×
/// ``height`` (SVG `width`/`height` in pt, PDF page size), PNG at ``dpi`` with the resolution
/// recorded (``PNGResolution``), and every text keeps its size in points on the page.
public struct Canvas: Sendable, Hashable {
    /// Width and height in inches.
    public var width: Double, height: Double
    /// The name it was asked by (`slide`, `a4`, …, or the size as written).
    public var name: String
    /// Whether it is read on paper (print sizes of text, 300 dpi) or on a screen or projector.
    public var isPrint: Bool
    /// Pixels per inch of PNG output.
    public var dpi: Double

    /// Screen pixels per inch (CSS), for sizes given in `px`.
    public static let screenDPI = 96.0

    public init(width: Double, height: Double, name: String, isPrint: Bool, dpi: Double? = nil) {
        self.width = width
        self.height = height
        self.name = name
        self.isPrint = isPrint
        self.dpi = dpi ?? (isPrint ? 300 : 2 * Self.screenDPI)
    }

    /// The named canvases: (name, width, height in inches, print?).
    public static let presets: [(name: String, width: Double, height: Double, isPrint: Bool)] = [
        ("slide", 13.333, 7.5, false),            // 16:9, PowerPoint's and Keynote's wide slide
        ("slide-4x3", 10, 7.5, false),
        ("a4", 210 / 25.4, 297 / 25.4, true),
        ("a4-landscape", 297 / 25.4, 210 / 25.4, true),
        ("column", 3.5, 5, true),                  // a journal's single column
        ("double-column", 7, 5, true),             // a journal's full width
    ]

    /// Width ≥ height: the legend goes beside the drawing, else below it.
    public var isLandscape: Bool { width >= height }
    /// Width and height in points.
    public var points: (width: Double, height: Double) { (width * 72, height * 72) }

    /// The smallest size of node labels, in points: 7 pt on a journal column, 8 on other
    /// paper, 11 on a slide (seen from the back of a room); more important nodes get up to
    /// ``labelGrowth`` more.
    public var labelPoints: Double { isPrint ? (width < 5 ? 7 : 8) : 11 }
    /// How many points the most important node's label adds to ``labelPoints``.
    public var labelGrowth: Double { isPrint ? 2 : 4 }
    /// Size of the legend's entries in points (its headings are a point larger, its title
    /// larger still); never below 8.
    public var legendPoints: Double { isPrint ? 8 : 10 }
    /// The blank border kept around the drawing, in points.
    public var marginPoints: Double { isPrint ? 9 : 18 }

    /// Reads a canvas: a name of ``presets`` or `WxH` with a unit `in`, `cm`, `mm` or `px`
    /// (`20x15cm`, `1920x1080px`, `6x4in`); `dpi` overrides the default resolution (300 on
    /// paper, 192 — twice a screen's — on slides and sizes in px). Sizes in px are screen
    /// canvases of px / dpi inches, so that the PNG has exactly that many pixels.
    ///
    /// - Throws: ``CanvasError`` naming what is wrong.
    public init(parsing text: String, dpi: Double? = nil) throws(CanvasError) {
        if let dpi, !(dpi >= 36 && dpi <= 600) { throw .badDPI(dpi) }
        if let preset = Self.presets.first(where: { $0.name == text.lowercased() }) {
            self.init(width: preset.width, height: preset.height, name: preset.name, isPrint: preset.isPrint, dpi: dpi)
            return
        }
        let lower = text.lowercased()
        guard let unit = ["in", "cm", "mm", "px"].first(where: { lower.hasSuffix($0) }) else { throw .unreadable(text) }
        let parts = lower.dropLast(2).split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w.isFinite, h.isFinite else {
            throw .unreadable(text)
        }
        let perInch: Double = switch unit {
        case "in": 1
        case "cm": 2.54
        case "mm": 25.4
        default: dpi ?? Self.screenDPI
        }
        let (wi, hi) = (w / perInch, h / perInch)
        guard wi >= 1, hi >= 1, wi <= 100, hi <= 100 else { throw .outOfRange(text) }
        self.init(width: wi, height: hi, name: text, isPrint: unit != "px", dpi: unit == "px" ? (dpi ?? Self.screenDPI) : dpi)
    }
}

/// Why a canvas could not be read.
public enum CanvasError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case outOfRange(String)
    case badDPI(Double)

    public var description: String {
        switch self {
        case .unreadable(let text):
            "cannot read the canvas '\(text)': give one of \(Canvas.presets.map(\.name).joined(separator: ", ")) "
                + "or WIDTHxHEIGHT with a unit in, cm, mm or px (e.g. 20x15cm)"
        case .outOfRange(let text): "the canvas '\(text)' must be between 1 and 100 inches on each side"
        case .badDPI(let dpi): "--dpi must be between 36 and 600 (got \(dpi))"
        }
    }
}
