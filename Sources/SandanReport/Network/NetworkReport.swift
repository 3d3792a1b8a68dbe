import SandanClusters
import SandanGraph

/// The report of a network: from a graph to a ``ReportDocument`` that
/// ``HTMLReportWriter`` or ``MarkdownReportWriter`` writes.
///
/// Sections, in order: summary (sentences, counts, degree distribution); the layers (for a
/// graph holding the industrial and the governance layer); the network diagram; central complexes (a table per centrality, a bar chart); hubs and their spokes;
/// provinces and the brokers between them (with the province-level diagram); single points of
/// failure and the resilience curve; communities set against provinces; methods and data.
public enum NetworkReport {
    /// The report of `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network as loaded (kinds or years already filtered if the user asked), with
    ///     every layer: the analyses cover `options.layer` of it.
    ///   - options: language, title, what was read, the command and version, progress, drawing,
    ///     layer.
    /// - Returns: the document, and the analyses it shows (for a caller that checks them).
    /// - Throws: `GraphError` from an analysis; ``ReportError`` when a diagram cannot be drawn
    ///   or taken in (a report never silently leaves a picture out).
    /// - Complexity: dominated by the resilience runs, O(k n m) for k = 30 removals with
    ///   betweenness recomputed.
    public static func document(for graph: Graph, options: NetworkReportOptions) throws -> (document: ReportDocument, analyses: NetworkAnalyses) {
        let progress = StepProgress(steps: NetworkAnalyses.stepCount + 1, handler: options.progress)
        let analyses = try NetworkAnalyses(options.layer.restrict(graph), language: options.language, steps: progress)
        let strings = ReportStrings(options.language)
        let context = ReportContext(analyses: analyses, strings: strings, options: options, whole: graph)
        let diagrams = try DiagramSection.make(context)
        progress.finishStep()
        var sections = [SummarySection.make(context)]
        if let layers = try LayersSection.make(context) { sections.append(layers) }
        sections += [diagrams.section, CentralitySection.make(context), HubsSection.make(context)]
        if let regions = RegionsSection.make(context, diagram: diagrams.regionDiagram) { sections.append(regions) }
        sections.append(FragilitySection.make(context))
        sections.append(try CommunitiesSection.make(context))
        sections.append(MethodsSection.make(context, measures: measures(analyses, strings, drawn: options.renderer != nil),
                                            graphvizVersion: options.graphvizVersion))
        let document = ReportDocument(language: options.language, title: options.title ?? strings.reportTitle,
                                      subtitle: strings.sourceLine(options.source, version: options.sandanVersion),
                                      sections: sections, generator: "Sandan \(options.sandanVersion)")
        return (document, analyses)
    }

    private static func measures(_ analyses: NetworkAnalyses, _ strings: ReportStrings, drawn: Bool) -> [String] {
        var measures = [strings.degreeMethod, strings.componentMethod, strings.densityMethod]
        measures += analyses.centralities.map { strings.measureMethod($0.measure) }
        measures.append(strings.hubsMethod)
        if analyses.regions != nil { measures += [strings.regionMethod, strings.brokersMethod] }
        measures += [strings.fragilityMethod, strings.communitiesMethod(seed: NetworkAnalyses.communitySeed)]
        if drawn { measures.append(strings.diagramMethod) }
        return measures
    }
}
