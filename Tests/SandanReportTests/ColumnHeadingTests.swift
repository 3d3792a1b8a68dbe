import SandanReport
import Testing

/// Workbook headings: machine column names in the report's language, the report's own names
/// for its centralities, a layer's degree with the linkage kind's name, other names as they are.
@Suite struct ColumnHeadingTests {
    @Test(arguments: [("betweenness", "매개 중심성", "Betweenness centrality"), ("region", "시·도", "Province"),
                      ("ei_index", "E-I 지수", "E-I index"), ("effective-size", "유효 크기(Burt)", "Effective size (Burt)"),
                      ("degree_anchor-link", "연결 수(거점–연계)", "Degree (anchor–linked)"),
                      ("degree_my-kind", "연결 수(my-kind)", "Degree (my-kind)"),
                      ("공장 수", "공장 수", "공장 수"), ("degree_", "degree_", "degree_")])
    func headings(name: String, korean: String, english: String) {
        #expect(ReportStrings(.ko).columnHeading(name) == korean)
        #expect(ReportStrings(.en).columnHeading(name) == english)
    }
}
