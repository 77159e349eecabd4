import Testing
@testable import PanelCore

/// HouseholderQR: factorisation identities on random matrices (SplitMix64, fixed seeds), rank decisions on
/// fixtures with known linear dependence (references/linalg/make_linalg_fixtures.py), and edge shapes.
@Suite struct HouseholderQRTests {
    static let pivotings: [HouseholderQR.Pivoting] = [.none, .largestNorm, .deficientLast(tolerance: 1e-7)]

    /// `Q [R; 0]` rebuilt column by column through the stored reflectors.
    static func reconstructed(_ qr: HouseholderQR) -> Matrix {
        let n = qr.factors.rows
        var columns: [[Double]] = []
        for j in 0..<qr.rank {
            var column = [Double](repeating: 0, count: n)
            for i in 0...j { column[i] = qr.r[i, j] }
            columns.append(qr.applyingQ(column))
        }
        return Matrix(rows: n, columns: qr.rank, columnMajor: columns.flatMap { $0 })
    }

    /// `Q R = A P` for the kept columns; tolerance 1e-13 × max|A| (backward stability, entries in [−1, 1)).
    @Test(arguments: pivotings)
    func reconstructsPermutedMatrix(pivoting: HouseholderQR.Pivoting) {
        var random = SplitMix64(seed: 21)
        let a = random.matrix(40, 7)
        let qr = HouseholderQR(a, pivoting: pivoting)
        #expect(qr.rank == 7 && qr.droppedColumns.isEmpty)
        let kept = Matrix(columnVectors: qr.keptColumns.map { a.column($0) })
        #expect(MatrixComparison.maxDifference(Self.reconstructed(qr), kept) <= 1e-13)
    }

    /// Largest-norm pivoting makes |R_kk| non-increasing.
    @Test func largestNormPivotsDecrease() {
        var random = SplitMix64(seed: 22)
        var a = random.matrix(30, 6)
        for i in 0..<30 { a[i, 2] *= 100; a[i, 4] *= 0.01 }
        let qr = HouseholderQR(a, pivoting: .largestNorm)
        let pivots = (0..<6).map { abs(qr.r[$0, $0]) }
        #expect(qr.keptColumns.first == 2 && qr.keptColumns.last == 4)
        #expect(zip(pivots, pivots.dropFirst()).allSatisfy { $0 >= $1 })
    }

    /// Least squares: residuals orthogonal to X (‖Xᵀr‖ ≤ 1e-13 · ‖X‖ ‖b‖ scale), β̂ equal to the
    /// normal-equation solution (well conditioned, so 1e-12), residual = b − Xβ̂, covariance = (XᵀX)⁻¹.
    @Test(arguments: pivotings)
    func leastSquaresIdentities(pivoting: HouseholderQR.Pivoting) throws {
        var random = SplitMix64(seed: 23)
        let x = random.matrix(50, 5), b = random.vector(50)
        let qr = HouseholderQR(x, pivoting: pivoting)
        let beta = qr.solveLeastSquares(b)
        let residuals = qr.residuals(b)
        #expect(x.transposeTimes(residuals).allSatisfy { abs($0) <= 1e-13 })
        let normal = try Cholesky(x.gram()).solve(x.transposeTimes(b))
        #expect(MatrixComparison.maxDifference(beta, normal) <= 1e-12)
        let fitted = x.times(beta)
        #expect(MatrixComparison.maxDifference(residuals, zip(b, fitted).map { $0 - $1 }) <= 1e-13)
        let inverse = try SymmetricPositiveDefinite.inverse(x.gram())
        let covariance = qr.unscaledCovariance()
        for (i, ci) in qr.keptColumns.enumerated() {
            for (j, cj) in qr.keptColumns.enumerated() {
                #expect(abs(covariance[i, j] - inverse[ci, cj]) <= 1e-12)
            }
        }
        let refined = qr.solveLeastSquaresRefined(x, b)
        #expect(MatrixComparison.maxDifference(refined.coefficients, beta) <= 1e-13)
        #expect(MatrixComparison.maxDifference(refined.residuals, residuals) <= 1e-13)
    }

    /// Exact dependence (column 4 = x0 − 2 x1 + 0.5 x3): every rank-revealing mode drops one column, and
    /// with deficientLast it is column 4; the fit then equals the fit on columns 0–3 (1e-12).
    @Test func exactDependenceIsDetected() {
        let fixture = MatrixFixture.load("linalg/nearsingular-20-0.txt")
        let x = fixture.matrix("x")
        let deficient = HouseholderQR(x, pivoting: .deficientLast(tolerance: 1e-7))
        #expect(deficient.rank == 4 && deficient.droppedColumns == [4] && deficient.keptColumns == [0, 1, 2, 3])
        #expect(HouseholderQR(x, pivoting: .largestNorm).rank == 4)
        var random = SplitMix64(seed: 24)
        let b = random.vector(20)
        let reduced = Matrix(columnVectors: (0..<4).map { x.column($0) })
        let expected = HouseholderQR(reduced, pivoting: .none).solveLeastSquares(b) + [0]
        #expect(MatrixComparison.maxDifference(deficient.solveLeastSquares(b), expected) <= 1e-12)
        #expect(deficient.unscaledCovariance().rows == 4 && deficient.r.columns == 4)
    }

    /// Near dependence of relative size ≈ 1e-11: dropped with R's 1e-7, kept with 1e-13 and by largestNorm
    /// (whose threshold is max(n, p) · ε · |R_00| ≈ 4e-14 · |R_00|).
    @Test func toleranceDecidesNearDependence() {
        let x = MatrixFixture.load("linalg/nearsingular-20-1e-10.txt").matrix("x")
        #expect(HouseholderQR(x, pivoting: .deficientLast(tolerance: 1e-7)).droppedColumns == [4])
        #expect(HouseholderQR(x, pivoting: .deficientLast(tolerance: 1e-13)).rank == 5)
        #expect(HouseholderQR(x, pivoting: .largestNorm).rank == 5)
    }

    /// An all-zero column is dropped by deficientLast even with tolerance 0; a middle one moves to the end.
    @Test func zeroColumnIsDropped() {
        var random = SplitMix64(seed: 25)
        var x = random.matrix(10, 4)
        for i in 0..<10 { x[i, 1] = 0 }
        for tolerance in [0, 1e-7] {
            let qr = HouseholderQR(x, pivoting: .deficientLast(tolerance: tolerance))
            #expect(qr.rank == 3 && qr.keptColumns == [0, 2, 3] && qr.droppedColumns == [1])
            #expect(qr.solveLeastSquares(random.vector(10))[1] == 0)
        }
    }

    /// Wide matrices: rank ≤ n; the basic solution on the first n kept columns fits b exactly (1e-12).
    @Test(arguments: pivotings)
    func wideMatrix(pivoting: HouseholderQR.Pivoting) {
        var random = SplitMix64(seed: 26)
        let x = random.matrix(3, 5), b = random.vector(3)
        let qr = HouseholderQR(x, pivoting: pivoting)
        #expect(qr.rank == 3 && qr.droppedColumns.count == 2)
        #expect(MatrixComparison.maxDifference(x.times(qr.solveLeastSquares(b)), b) <= 1e-12)
        #expect(qr.residuals(b).allSatisfy { abs($0) <= 1e-12 })
    }

    /// Zero-size and 1 × 1 inputs.
    @Test(arguments: pivotings)
    func edgeShapes(pivoting: HouseholderQR.Pivoting) {
        let empty = HouseholderQR(Matrix(rows: 0, columns: 0), pivoting: pivoting)
        #expect(empty.rank == 0 && empty.solveLeastSquares([]).isEmpty && empty.unscaledCovariance().rows == 0)
        let noColumns = HouseholderQR(Matrix(rows: 3, columns: 0), pivoting: pivoting)
        #expect(noColumns.rank == 0 && noColumns.residuals([1, 2, 3]) == [1, 2, 3])
        let noRows = HouseholderQR(Matrix(rows: 0, columns: 2), pivoting: pivoting)
        #expect(noRows.rank == 0 && noRows.solveLeastSquares([]) == [0, 0] && noRows.droppedColumns == [0, 1])
        let single = HouseholderQR(Matrix(rows: 1, columns: 1, columnMajor: [-4]), pivoting: pivoting)
        #expect(single.rank == 1 && single.solveLeastSquares([2]) == [-0.5] && single.unscaledCovariance()[0, 0] == 1.0 / 16)
        let column = HouseholderQR(Matrix(rows: 2, columns: 1, columnMajor: [3, 4]), pivoting: pivoting)
        #expect(abs(column.r[0, 0]) == 5 && column.residuals([3, 4]).allSatisfy { abs($0) <= 1e-15 })
    }

    /// κ₁(R D⁻¹) ignores the columns' scales: orthogonal columns of scales 3 and 10⁶ give 1 (R is diagonal); two
    /// columns of equal length at angle θ give the 1-norm condition number of [[1, cos θ], [0, sin θ]]:
    /// (cos θ + sin θ) · (1 + cos θ)/sin θ, its largest column sum times its inverse's — above
    /// `LeastSquaresFit.refinementCondition` for nearly parallel columns (tolerance 1e-10 relative: R's last entry
    /// carries rounding of order ε/sin θ). NIST Longley (κ₁ of its unit-length columns 3.4 · 10⁴) lies far above it.
    @Test func columnScaledConditionNumber() {
        let orthogonal = Matrix(rows: 3, columns: 2, columnMajor: [3, 3, 0, 1e6, -1e6, 0])
        let qr = HouseholderQR(orthogonal, pivoting: .none)
        #expect(qr.columnScaledConditionNumber(rInverse: TriangularSolve.invertUpper(qr.r)) == 1)
        for angle in [1.0, 0.1, 0.001] {
            let (c, s) = (Self.cosine(angle), Self.sine(angle))
            let skewed = HouseholderQR(Matrix(rows: 2, columns: 2, columnMajor: [5, 0, 5 * c, 5 * s]), pivoting: .none)
            let expected = (c + s) * (1 + c) / s
            let kappa = skewed.columnScaledConditionNumber(rInverse: TriangularSolve.invertUpper(skewed.r))
            #expect(abs(kappa - expected) <= 1e-10 * expected)
        }
        let longley = Matrix(columnVectors: NISTDataset.load("Longley").designColumns)
        let longleyQR = HouseholderQR(longley, pivoting: .none)
        #expect(longleyQR.columnScaledConditionNumber(rInverse: TriangularSolve.invertUpper(longleyQR.r)) > 1e4)  // 3.4e4
    }

    /// cos and sin by their series in Horner form (enough terms for |x| ≤ 1 to full precision).
    static func cosine(_ x: Double) -> Double { series(x, offset: 1) }
    static func sine(_ x: Double) -> Double { x * series(x, offset: 2) }

    /// 1 − x²/((o)(o+1)) · (1 − x²/((o+2)(o+3)) · (…)), twelve terms.
    static func series(_ x: Double, offset: Int) -> Double {
        var value = 0.0
        for k in stride(from: 11, through: 0, by: -1) {
            let denominator = Double((2 * k + offset) * (2 * k + offset + 1))
            value = 1 - x * x / denominator * value
        }
        return value
    }
}
