/// Least squares refined on the augmented system `[I X; Xᵀ 0] [r; β] = [b; 0]` with residuals accumulated in
/// twice the working precision (Björck 1967, "Iterative refinement of linear least squares solutions I";
/// Björck, Numerical Methods for Least Squares Problems, §2.9). It recovers digits that Householder QR alone
/// loses on ill-conditioned, large-residual problems (NIST StRD Wampler4–5) and costs a few passes over X.
/// When κ(X) · ε is not small the iteration need not contract; a step whose coefficient correction is not
/// smaller than the previous one is therefore not applied and the refinement stops.
extension HouseholderQR {
    /// β̂ (length p, ORIGINAL column order, 0 at dropped columns) and the residuals `b − X β̂`, starting from
    /// `solveLeastSquares`/`residuals` and applying at most `steps` refinement steps (fewer when the
    /// corrections stop shrinking or vanish). `x` must be the matrix that was factored. Restricted to the
    /// kept columns, like `solveLeastSquares`.
    public func solveLeastSquaresRefined(
        _ x: Matrix, _ b: [Double], steps: Int = 2
    ) -> (coefficients: [Double], residuals: [Double]) {
        precondition(x.rows == factors.rows && x.columns == factors.columns && b.count == x.rows,
                     "solveLeastSquaresRefined needs the factored matrix and a matching vector")
        let triangle = r
        let fullBeta: [Double]
        var res: [Double]
        (fullBeta, res) = solveLeastSquaresWithResiduals(b)
        var beta = keptColumns.map { fullBeta[$0] }
        var previousCorrection = Double.infinity
        for _ in 0..<steps {
            let f = augmentedResidual(x, b, beta: beta, residuals: res)
            let g = negatedKeptTransposeTimes(x, res)
            let h = TriangularSolve.upperTransposed(triangle, g)
            var d = applyingQTransposed(consume f)
            var top = [Double](repeating: 0, count: rank)
            for i in 0..<rank { top[i] = d[i] - h[i] }
            let betaCorrection = TriangularSolve.upper(triangle, top)
            let correction = betaCorrection.reduce(0.0) { max($0, abs($1)) }
            if !(correction < previousCorrection) { break }
            previousCorrection = correction
            for i in 0..<rank { d[i] = h[i] }
            let residualCorrection = applyingQ(consume d)
            for i in 0..<rank { beta[i] += betaCorrection[i] }
            for i in 0..<res.count { res[i] += residualCorrection[i] }
            if correction == 0 { break }
        }
        var coefficients = [Double](repeating: 0, count: x.columns)
        for (position, column) in keptColumns.enumerated() { coefficients[column] = beta[position] }
        return (coefficients, res)
    }

    /// `b − r − X_k β` per row, accumulated in twice the working precision: each row's sum is b, −r, then the
    /// kept columns in order. Rows go in blocks of `refinementBlockRows`, so the accumulators take a block's
    /// memory rather than the data's while the loop over a block's rows stays vectorisable (same sums, same bits).
    private func augmentedResidual(_ x: Matrix, _ b: [Double], beta: [Double], residuals: [Double]) -> [Double] {
        let n = b.count
        var sums = [CompensatedArithmetic.Accumulator](repeating: CompensatedArithmetic.Accumulator(), count: min(n, Self.refinementBlockRows))
        return [Double](unsafeUninitializedCapacity: n) { result, initialized in
            x.storage.withUnsafeBufferPointer { values in
                b.withUnsafeBufferPointer { b in
                    residuals.withUnsafeBufferPointer { residuals in
                        sums.withUnsafeMutableBufferPointer { sums in
                            var start = 0
                            while start < n {
                                let count = min(n - start, Self.refinementBlockRows)
                                for i in 0..<count {
                                    sums[i] = CompensatedArithmetic.Accumulator(b[start + i])
                                    sums[i].add(-residuals[start + i])
                                }
                                for (position, column) in keptColumns.enumerated() {
                                    let (coefficient, offset) = (-beta[position], column * x.rows + start)
                                    for i in 0..<count { sums[i].addProduct(values[offset + i], coefficient) }
                                }
                                for i in 0..<count { result[start + i] = sums[i].rounded }
                                start += count
                            }
                        }
                    }
                }
            }
            initialized = n
        }
    }

    /// Rows per block of `augmentedResidual` (64 KiB of accumulators).
    private static let refinementBlockRows = 4096

    /// `−X_kᵀ r`, each entry accumulated in twice the working precision.
    private func negatedKeptTransposeTimes(_ x: Matrix, _ residuals: [Double]) -> [Double] {
        x.storage.withUnsafeBufferPointer { values in
            keptColumns.map { column in
                let offset = column * x.rows
                var sum = CompensatedArithmetic.Accumulator()
                for i in 0..<residuals.count { sum.addProduct(values[offset + i], -residuals[i]) }
                return sum.rounded
            }
        }
    }
}
