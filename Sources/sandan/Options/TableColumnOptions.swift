import ArgumentParser
import SandanIO

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// The column options of every command that reads a table: which header plays which role
/// (where Sandan does not recognise it) and which file is the node table.
struct TableColumnOptions: ParsableArguments {
    @Option(name: .customLong("source-col"), help: ArgumentHelp("The edge table's source column (recognised: source, from, 출발단지, 출발, 기점, …).", valueName: "column"))
    var source: String?

    @Option(name: .customLong("target-col"), help: ArgumentHelp("The edge table's target column (recognised: target, to, 도착단지, 도착, 연계단지, …).", valueName: "column"))
    var target: String?

    @Option(name: .customLong("kind-col"), help: ArgumentHelp("The edge table's kind column (recognised: kind, 연계유형, 유형, 종류).", valueName: "column"))
    var kind: String?

    @Option(name: .customLong("year-col"), help: ArgumentHelp("The edge table's year column (recognised: year, 연도, 년도, 지정연도).", valueName: "column"))
    var year: String?

    @Option(name: .long, help: ArgumentHelp("The sheet of an .xlsx workbook to read as the edge table (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("The node table (.csv, or the first sheet of an .xlsx) of an edge table, under any name (default: X.nodes.csv beside X.csv).", valueName: "file"))
    var nodes: String?

    @Option(name: .customLong("id-col"), help: ArgumentHelp("The node table's id column (recognised: id, node, 단지코드; default: the name column).", valueName: "column"))
    var id: String?

    @Option(name: .customLong("name-col"), help: ArgumentHelp("The node table's name column (recognised: name_ko, name, 단지명, 이름, 명칭).", valueName: "column"))
    var name: String?

    @Option(name: .customLong("region-col"), help: ArgumentHelp("The node table's 시·도 column (recognised: region, 시도, 시·도, 지역).", valueName: "column"))
    var region: String?

    @Option(name: .customLong("lat-col"), help: ArgumentHelp("The node table's latitude column (recognised: lat, latitude, 위도).", valueName: "column"))
    var lat: String?

    @Option(name: .customLong("lon-col"), help: ArgumentHelp("The node table's longitude column (recognised: lon, lng, longitude, 경도).", valueName: "column"))
    var lon: String?

    /// The columns named on the command line, by role.
    var mapping: ColumnMapping {
        let named: [(TableColumnRole, String?)] = [
            (.source, source), (.target, target), (.kind, kind), (.year, year),
            (.id, id), (.name, name), (.region, region), (.lat, lat), (.lon, lon),
        ]
        return ColumnMapping(Dictionary(uniqueKeysWithValues: named.compactMap { role, column in column.map { (role, $0) } }))
    }
}
