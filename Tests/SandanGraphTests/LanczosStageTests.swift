import Foundation
@testable import SandanGraph
import Testing

/// The plain Lanczos stage of the eigensolver on its own: on the fixture's wide-gap graphs
/// (`Scripts/fixtures/spectral_gap.py`) it must finish alone, in few products, with NumPy's
/// eigenpair; on a small gap (a path of 300 nodes) it must hand over rather than answer.
@Suite("Plain Lanczos stage")
struct LanczosStageTests {
    static func run(_ c: SmallGapTests.Case) throws -> (outcome: KrylovEigensolver.LanczosOutcome, products: Int) {
        let n = c.graph.nodeCount
        let matrix = try AdjacencyOperator(c.graph, algorithm: "test", threads: 2)
        let solver = try KrylovEigensolver(algorithm: "test", symmetric: true, tolerance: 1e-14, maxProducts: 1_000, team: matrix.team)
        var products = 0
        let outcome = solver.plainLanczos(order: n, start: [Double](repeating: 1, count: n),
                                          budget: KrylovEigensolver.lanczosBudget, products: &products,
                                          multiply: { matrix.multiplyTransposed($0, into: $1) },
                                          lanczosProduct: { matrix.multiplyTransposed($0, scale: $1, minus: $2, $3, into: $4) })
        return (outcome, products)
    }

    static func fixture(_ name: String) throws -> SmallGapTests.Case {
        try #require(SmallGapTests.cases.first { $0.name == name })
    }

    @Test("a wide gap: converged alone, verified, in at most 40 products", arguments: ["gnm_300_1500", "barabasi_albert_300_3"])
    func wideGap(_ name: String) throws {
        let c = try Self.fixture(name)
        let (outcome, products) = try Self.run(c)
        guard case let .converged(value, vector) = outcome else {
            Issue.record("\(name): plain Lanczos handed over after \(products) products")
            return
        }
        #expect(products <= 40, "\(name): \(products) products")
        expectClose(value, c.eigenvalue, tolerance: 1e-12 * c.eigenvalue, "\(name) λ₁")
        let sign = vector.reduce(0, +) < 0 ? -1.0 : 1.0
        expectClose(vector.map { sign * $0 }, c.eigenvector, tolerance: 1e-12, "\(name) eigenvector")
    }

    @Test("a small gap (path of 300 nodes): hands over a unit start vector when a cycle stops gaining")
    func smallGap() throws {
        let c = try Self.fixture("path_300")
        let (outcome, products) = try Self.run(c)
        guard case let .unfinished(start) = outcome else {
            Issue.record("path_300: plain Lanczos claimed convergence after \(products) products")
            return
        }
        // The first cycle cannot gain a factor 100 on a gap of 1.6 × 10⁻⁴ of the spectrum's width
        // (a degree-12 Chebyshev polynomial gains about 1.3), so the stage stops after its second.
        #expect(products == 2 * KrylovEigensolver.lanczosWindow)
        expectClose(start.reduce(0) { $0 + $1 * $1 }, 1, tolerance: 1e-12, "unit norm")
    }

    @Test("the tridiagonal eigenpair matches a hand-worked 2 × 2 and 3 × 3")
    func tridiagonal() {
        // [[2, 1], [1, 2]]: λ = 3, x = (1, 1)/√2.
        let two = tridiagonalLargest(diagonal: [2, 2], offDiagonal: [1])
        expectClose(two.value, 3, tolerance: 1e-15, "2 × 2 λ")
        expectClose(two.vector.map(abs), [1 / 2.0.squareRoot(), 1 / 2.0.squareRoot()], tolerance: 1e-15, "2 × 2 x")
        // The path P3 (0 on the diagonal, 1 beside it): λ = √2, x = (1, √2, 1)/2.
        let three = tridiagonalLargest(diagonal: [0, 0, 0], offDiagonal: [1, 1])
        expectClose(three.value, 2.0.squareRoot(), tolerance: 1e-15, "P3 λ")
        expectClose(three.vector.map(abs), [0.5, 2.0.squareRoot() / 2, 0.5], tolerance: 1e-15, "P3 x")
    }
}
