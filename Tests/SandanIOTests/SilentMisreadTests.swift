import Foundation
import SandanGraph
@testable import SandanIO
import Testing

/// Inputs that used to be misread without a word (issue 13, item 15): both `links` and
/// `edges` in node-link JSON, integer ids beyond 64 bits, CSV ids padded with spaces.
@Suite struct SilentMisreadTests {
    @Test func jsonWithBothLinksAndEdgesIsRefused() {
        let text = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"edges\": [],\n \"links\": [{\"source\": \"a\", \"target\": \"b\"}]}"
        expectInputError("the file has both \"edges\" and \"links\"; NetworkX reads one of them (\"edges\" since 3.4, \"links\" before), so keep only the one you mean",
                         line: 3, column: 11) { () throws(InputError) in _ = try read(text, as: .json) }
    }

    /// Ids as NetworkX keeps them (Python ints are exact): `str()` of each id, recorded from
    /// networkx 3.6.1: `[str(n) for n in nx.node_link_graph(data)]`.
    @Test func bigIntegerIdsKeepTheirDigits() throws {
        let text = """
        {"nodes": [{"id": 123456789012345678901234567890}, {"id": -98765432109876543210}, {"id": 9223372036854775807}],
         "edges": [{"source": 123456789012345678901234567890, "target": -98765432109876543210}]}
        """
        let graph = try read(text, as: .json).graph
        #expect(graph.ids.all == ["123456789012345678901234567890", "-98765432109876543210", "9223372036854775807"])
        #expect(edgeList(graph) == ["123456789012345678901234567890→-98765432109876543210:"])
    }

    /// An attribute integer beyond 64 bits is the nearest double, with a warning; one beyond
    /// the range of a double is an error at its place.
    @Test func bigIntegerAttributesWarnOrFail() throws {
        let loaded = try read("{\"nodes\": [{\"id\": \"a\", \"n\": 123456789012345678901234567890}], \"edges\": []}", as: .json)
        #expect(loaded.graph.nodeAttributes["n"] == .double([1.2345678901234568e29]))
        #expect(loaded.warnings.map(\.message) == ["attribute \"n\": the integer 123456789012345678901234567890 does not fit in 64 bits; kept as the nearest double"])
        let huge = "1" + String(repeating: "0", count: 400)
        expectInputError("attribute \"n\": the integer \(IdentifierCheck.displayed(huge)) is out of range for a number", line: 1, column: 29) {
            () throws(InputError) in _ = try read("{\"nodes\": [{\"id\": \"a\", \"n\": \(huge)}], \"edges\": []}", as: .json)
        }
    }

    /// `a, b` after a comma: the id " b" is a node of its own, and the reader says so.
    @Test func csvIdsPaddedWithSpacesAreWarnedAbout() throws {
        let loaded = try read("source,target\na,b\na, b\n", as: .csv, file: "g.csv")
        #expect(loaded.graph.ids.all == ["a", "b", " b"])
        #expect(loaded.warnings.map(\.description) == ["g.csv:3:3: id \" b\" begins or ends with spaces; it is a different node from \"b\""])
    }
}
