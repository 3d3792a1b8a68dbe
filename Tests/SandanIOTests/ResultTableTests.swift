import Testing
import SandanIO

/// The table, CSV and JSON forms of results.
@Suite struct ResultTableTests {
    static let table = ResultTable(name: "t", header: ["id", "n", "x", "ok", "list"],
                                   rows: [[.text("a,b"), .integer(3), .number(0.5), .flag(true), .list(["p", "q"])],
                                          [.text("구미"), .integer(0), .number(nil), .flag(false), .list([])]])

    @Test func csvQuotesAndLeavesUndefinedEmpty() {
        #expect(Self.table.csv == "id,n,x,ok,list\n\"a,b\",3,0.5,1,p;q\n구미,0,,0,\n")
    }

    @Test func jsonUsesNullAndArrays() {
        struct One: TabularResult { let tables = [ResultTableTests.table] }
        #expect(One().json == """
        {
        "t": [{"id": "a,b", "n": 3, "x": 0.5, "ok": true, "list": ["p", "q"]},
          {"id": "구미", "n": 0, "x": null, "ok": false, "list": []}]
        }

        """)
    }
}
