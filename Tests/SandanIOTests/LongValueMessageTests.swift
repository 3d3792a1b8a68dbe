import Testing
import SandanIO

/// Issue 13, item 16: a value echoed in a reader's error is cut (80 characters, then
/// "… (N bytes)"), so a 100 KB field cannot make a 100 KB message, in every format.
@Suite struct LongValueMessageTests {
    static let long = String(repeating: "가", count: 40_000)   // 120,000 bytes of UTF-8

    /// Each input repeats one long id (or uses it where a number belongs), which each reader
    /// refuses naming the value.
    static let inputs: [(format: GraphFormat, text: String)] = [
        (.graphml, """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
            <node id="\(long)"/><node id="\(long)"/></graph></graphml>
            """),
        (.gexf, """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
            <node id="\(long)"/><node id="\(long)"/></nodes></graph></gexf>
            """),
        (.gml, "graph [ node [ id 1 label \"\(long)\" ] node [ id 2 label \"\(long)\" ] ]"),
        (.pajek, "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n\(long) 2\n"),
    ]

    @Test(arguments: inputs.indices)
    func theEchoedValueIsCut(_ i: Int) {
        let (format, text) = Self.inputs[i]
        let limits = InputLimits(stringBytes: 1 << 20)
        guard let error = inputError({ () throws(InputError) in _ = try read(text, as: format, options: ReadOptions(limits: limits)) })
        else { return }
        let message = error.description
        #expect(message.utf8.count < 1_000, "\(format): a message of \(message.utf8.count) bytes")
        #expect(message.contains("… (120000 bytes)"), "\(format): \(message.prefix(300))")
    }
}
