import Testing
@testable import PanelCore

/// Cholesky, SPD inverse and triangular solves against LAPACK references (numpy.linalg.cholesky/inv/solve,
/// references/linalg/make_linalg_fixtures.py) and round trips on random triangles (SplitMix64).
@Suite struct CholeskyTests {
    /// Eigenvalues in [0.5, 20] (κ ≤ 40): factor, inverse and solve agree with LAPACK to 1e-13 × the largest
    /// entry of the reference.
    @Test(arguments: [1, 4, 12])
    func matchesLAPACK(size: Int) throws {
        let fixture = MatrixFixture.load("linalg/spd-\(size).txt")
        let a = fixture.matrix("a")
        let cholesky = try Cholesky(a)
        let lower = fixture.matrix("lower")
        #expect(MatrixComparison.maxDifference(cholesky.lower, lower) <= 1e-13 * MatrixComparison.maxMagnitude(lower))
        #expect(cholesky.diagonal == (0..<size).map { cholesky.lower[$0, $0] })
        let inverse = fixture.matrix("inverse")
        let computed = try SymmetricPositiveDefinite.inverse(a)
        #expect(MatrixComparison.maxDifference(computed, inverse) <= 1e-13 * MatrixComparison.maxMagnitude(inverse))
        #expect(computed == computed.transposed)
        #expect(MatrixComparison.maxDifference(a * computed, Matrix.identity(size)) <= 1e-13)
        let solution = fixture.vector("solution")
        #expect(MatrixComparison.maxDifference(cholesky.solve(fixture.vector("b")), solution) <= 1e-13 * solution.map(abs).max()!)
    }

    /// An indefinite matrix fails at the pivot LAPACK dpotrf reports.
    @Test func reportsFailingPivot() {
        let fixture = MatrixFixture.load("linalg/indefinite-5.txt")
        let pivot = Int(fixture.scalar("failing_pivot"))
        #expect(throws: PanelError(.numericalFailure, "matrix is not positive definite", at: "pivot \(pivot)")) {
            try Cholesky(fixture.matrix("a"))
        }
        #expect(throws: PanelError.self) { try Cholesky(Matrix(rows: 1, columns: 1, columnMajor: [.nan])) }
        #expect(throws: PanelError.self) { try SymmetricPositiveDefinite.inverse(Matrix(rows: 2, columns: 2)) }
    }

    @Test func edgeShapes() throws {
        let empty = try Cholesky(Matrix(rows: 0, columns: 0))
        #expect(empty.lower.rows == 0 && empty.solve([]).isEmpty && empty.inverse().rows == 0)
        let single = try Cholesky(Matrix(rows: 1, columns: 1, columnMajor: [9]))
        #expect(single.lower[0, 0] == 3 && single.solve([18]) == [2] && single.inverse()[0, 0] == 1.0 / 9)
    }

    /// Triangular solves and inversion round-trip on random triangles with diagonal in [1, 2) (1e-13).
    @Test func triangularRoundTrips() {
        var random = SplitMix64(seed: 31)
        let n = 9
        var upper = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<j { upper[i, j] = random.uniform(-1, 1) }
            upper[j, j] = random.uniform(1, 2)
        }
        let lower = upper.transposed
        let b = random.vector(n)
        #expect(MatrixComparison.maxDifference(upper.times(TriangularSolve.upper(upper, b)), b) <= 1e-13)
        #expect(MatrixComparison.maxDifference(lower.times(TriangularSolve.upperTransposed(upper, b)), b) <= 1e-13)
        #expect(MatrixComparison.maxDifference(lower.times(TriangularSolve.lower(lower, b)), b) <= 1e-13)
        #expect(MatrixComparison.maxDifference(upper.times(TriangularSolve.lowerTransposed(lower, b)), b) <= 1e-13)
        let inverse = TriangularSolve.invertUpper(upper)
        #expect(MatrixComparison.maxDifference(upper * inverse, Matrix.identity(n)) <= 1e-13)
        #expect((0..<n).allSatisfy { j in (j + 1..<n).allSatisfy { inverse[$0, j] == 0 } })
        #expect(TriangularSolve.invertUpper(Matrix(rows: 0, columns: 0)).rows == 0)
    }
}
