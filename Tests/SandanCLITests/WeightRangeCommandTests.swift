import Foundation
import SandanTestSupport
import Testing

/// Weights whose sums leave the range of `Double` (issue 13, item 14) end the command with exit
/// status 1 and a message naming the edge, never with results that look valid.
@Suite struct WeightRangeCommandTests {
    func run(_ lines: String, _ arguments: [String]) throws -> ProgramResult {
        let folder = TemporaryFolder()
        let path = folder.url("w.edges").path
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
        return try CLIRunner.run([arguments[0], path] + arguments.dropFirst())
    }

    @Test func pathSumsThatOverflow() throws {
        let result = try run("a b 1\nb c 1e308\nc d 1\n", ["analyze", "--metric", "closeness", "--weight", "weight"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "sandan: error: closeness cannot use the weight 1e+308 of edge 2 (in input order): a path of up "
            + "to 3 edges this long has a length beyond the largest number (about 1.8e308). Multiply or divide all weights by "
            + "one constant (shortest paths and communities stay the same)\n")
    }

    @Test func subnormalLengths() throws {
        let result = try run("a b 1\nb c 5e-324\nc d 1\n", ["analyze", "--metric", "harmonic", "--weight", "weight"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("harmonic"))
        #expect(result.stderr.contains("cannot use the weight 5e-324 of edge 2"))
    }

    @Test func modularitySumsThatOverflow() throws {
        let result = try run("a b 1\nb c 1\na c 1\nd e 1\ne f 1\nd f 1\nc d 1e200\n", ["communities", "--weight", "weight"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sandan: error: Louvain cannot use the weight 1e+200 of edge 7 (in input order): the square "
            + "of the total strength, which modularity divides by, is beyond the largest number"))
    }
}
