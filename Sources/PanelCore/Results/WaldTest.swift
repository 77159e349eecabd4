/// The Wald F test that a set of coefficients is jointly zero, F = bᵀV⁻¹b / q with (q, df) degrees of freedom —
/// Stata's `test` after `regress` (the model F under any covariance). Nil, with a reason, when V is not positive
/// definite (e.g. more restrictions than clusters − 1, where Stata also reports no F).
struct WaldTest {
    let statistic: Double
    let numeratorDegrees: Int
    let denominatorDegrees: Int

    var pValue: Double {
        FisherF(numeratorDegrees: Double(numeratorDegrees), denominatorDegrees: Double(denominatorDegrees)).survival(statistic)
    }

    /// Tests coefficients `indices` of `estimates` with covariance `covariance`; returns nil and sets `reason` when
    /// the test cannot be computed.
    static func joint(_ indices: [Int], estimates: [Double], covariance: Matrix, denominatorDegrees: Int, reason: inout String?) -> WaldTest? {
        guard !indices.isEmpty else { return nil }
        var sub = Matrix(rows: indices.count, columns: indices.count)
        for (a, i) in indices.enumerated() {
            for (b, j) in indices.enumerated() { sub[a, b] = covariance[i, j] }
        }
        let b = indices.map { estimates[$0] }
        guard let cholesky = try? Cholesky(sub), isFullRank(cholesky, of: sub) else {
            reason = "the F statistic is not computed: the covariance of the \(indices.count) tested coefficients is not of full rank"
            return nil
        }
        let solved = cholesky.solve(b)
        var quadratic = 0.0
        for k in 0..<b.count { quadratic += b[k] * solved[k] }
        return WaldTest(statistic: quadratic / Double(indices.count), numeratorDegrees: indices.count, denominatorDegrees: denominatorDegrees)
    }

    /// A pivot whose square is below 10⁻¹⁰ of its diagonal entry means the matrix is rank-deficient up to rounding.
    private static func isFullRank(_ cholesky: Cholesky, of matrix: Matrix) -> Bool {
        cholesky.diagonal.indices.allSatisfy { k in
            cholesky.diagonal[k] * cholesky.diagonal[k] > 1e-10 * matrix[k, k]
        }
    }
}
