/// Least-squares quantities from a Householder QR, using only the first `rank` reflectors and the leading
/// `rank × rank` block of R (R's qr.coef / qr.resid with dqrdc2, LAPACK dgelsy without the minimum-norm step).
extension HouseholderQR {
    /// The rank × rank leading upper triangle of R (columns in `keptColumns` order).
    public var r: Matrix {
        var triangle = Matrix(rows: rank, columns: rank)
        for j in 0..<rank {
            for i in 0...j { triangle[i, j] = factors[i, j] }
        }
        return triangle
    }

    /// The least-squares coefficients β̂ minimising ‖b − X β‖ over the kept columns, of length p in the
    /// ORIGINAL column order, with 0 at dropped columns (the basic solution when p > n or rank-deficient).
    public func solveLeastSquares(_ b: [Double]) -> [Double] {
        coefficients(fromQTransposed: applyingQTransposed(b))
    }

    /// The residuals `b − X β̂`, computed stably as `Q [0; (Qᵀb)_rank...]` rather than by subtraction.
    public func residuals(_ b: [Double]) -> [Double] {
        residuals(fromQTransposed: applyingQTransposed(b))
    }

    /// `solveLeastSquares(b)` and `residuals(b)` (the same values) from one application of Qᵀ.
    public func solveLeastSquaresWithResiduals(_ b: [Double]) -> (coefficients: [Double], residuals: [Double]) {
        let qtb = applyingQTransposed(b)
        return (coefficients(fromQTransposed: qtb), residuals(fromQTransposed: consume qtb))
    }

    private func coefficients(fromQTransposed qtb: [Double]) -> [Double] {
        let leading = TriangularSolve.upper(r, Array(qtb[0..<rank]))
        var beta = [Double](repeating: 0, count: factors.columns)
        for (position, column) in keptColumns.enumerated() { beta[column] = leading[position] }
        return beta
    }

    private func residuals(fromQTransposed qtb: consuming [Double]) -> [Double] {
        var zeroedLeading = consume qtb
        for i in 0..<rank { zeroedLeading[i] = 0 }
        return applyingQ(consume zeroedLeading)
    }

    /// `(X_kᵀ X_k)⁻¹ = R⁻¹ R⁻ᵀ` for the kept columns X_k: rank × rank, rows and columns in `keptColumns`
    /// order. Multiply by s² for the OLS covariance of the kept coefficients.
    public func unscaledCovariance() -> Matrix {
        TriangularSolve.upperTimesOwnTranspose(TriangularSolve.invertUpper(r))
    }

    /// `Qᵀ b` with the first `rank` reflectors (`b.count == rows`); a `b` handed over (`consume`) is overwritten
    /// instead of copied — at 10⁷ rows each copy is 80 MB.
    func applyingQTransposed(_ b: consuming [Double]) -> [Double] {
        applyingReflectors(consume b, reversed: false)
    }

    /// `Q c` with the first `rank` reflectors (`c.count == rows`); a `c` handed over is overwritten, as above.
    func applyingQ(_ c: consuming [Double]) -> [Double] {
        applyingReflectors(consume c, reversed: true)
    }

    /// `H_{rank−1} ⋯ H_0 v` (Qᵀ v), or with `reversed` `H_0 ⋯ H_{rank−1} v` (Q v).
    private func applyingReflectors(_ v: consuming [Double], reversed: Bool) -> [Double] {
        let n = factors.rows
        precondition(v.count == n, "The vector length must equal the number of rows")
        var result = consume v
        factors.storage.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { y in
                for step in 0..<rank {
                    let k = reversed ? rank - 1 - step : step
                    HouseholderReflector.apply(tau: tau[k], v: x, vStart: k + k * n, to: y, yStart: k, count: n - k)
                }
            }
        }
        return result
    }
}
