import SandanGraph

/// The report of a network: from a graph to a ``ReportDocument`` that
/// ``HTMLReportWriter`` or ``MarkdownReportWriter`` writes.
///
/// Sections: a summary in sentences with counts and the degree distribution; the
/// methods with the data's sources and the command that made the report.
public enum NetworkReport {
    /// The report of `graph`.
    ///
    /// - Parameters:
    ///   - graph: the network as loaded (kinds or years already filtered if the user asked).
    ///   - options: language, title, what was read, the command and version, progress.
    /// - Returns: the document, and the analyses it shows (for a caller that checks them).
    /// - Throws: ``GraphError`` from an analysis.
    /// - Complexity: dominated by the analyses (see each one's documentation).
    public static func document(for graph: Graph, options: NetworkReportOptions) throws -> (document: ReportDocument, analyses: NetworkAnalyses) {
        let analyses = try NetworkAnalyses(graph, language: options.language, progress: options.progress)
        let strings = ReportStrings(options.language)
        let context = ReportContext(analyses: analyses, strings: strings, options: options)
        var measures = [strings.degreeMethod, strings.componentMethod, strings.densityMethod]
        if analyses.regionGraph != nil { measures.append(strings.regionMethod) }
        let sections = [
            SummarySection.make(context),
            MethodsSection.make(context, measures: measures, graphvizVersion: nil),
        ]
        let document = ReportDocument(language: options.language, title: options.title ?? strings.reportTitle,
                                      subtitle: strings.sourceLine(options.source, version: options.sandanVersion),
                                      sections: sections, generator: "Sandan \(options.sandanVersion)")
        return (document, analyses)
    }
}
