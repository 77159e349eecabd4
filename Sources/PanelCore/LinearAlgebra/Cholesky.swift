/// Cholesky factorisation `A = L Lᵀ` of a symmetric positive definite matrix (LAPACK dpotrf, lower;
/// Golub & Van Loan §4.2), left-looking by columns. Only the lower triangle of `A` is read.
public struct Cholesky: Sendable {
    /// The lower-triangular factor L (zeros above the diagonal).
    public let lower: Matrix

    /// Factors `a`. Throws `.numericalFailure` naming the first pivot that is not positive and finite
    /// (so NaN or infinite entries are reported too); `location` is "pivot k" (0-based).
    public init(_ a: Matrix) throws(PanelError) {
        precondition(a.rows == a.columns, "Cholesky needs a square matrix")
        let n = a.rows
        var l = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in j..<n { l[i, j] = a[i, j] }
            for k in 0..<j {
                let ljk = l[j, k]
                for i in j..<n { l[i, j] -= l[i, k] * ljk }
            }
            let pivot = l[j, j]
            guard pivot > 0 && pivot.isFinite else {
                throw PanelError(.numericalFailure, "matrix is not positive definite", at: "pivot \(j)")
            }
            let root = pivot.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<n { l[i, j] /= root }
        }
        lower = l
    }

    /// `x` with `A x = b` (forward then back substitution).
    public func solve(_ b: [Double]) -> [Double] {
        TriangularSolve.lowerTransposed(lower, TriangularSolve.lower(lower, b))
    }

    /// `A⁻¹ = L⁻ᵀ L⁻¹`, exactly symmetric.
    public func inverse() -> Matrix {
        TriangularSolve.upperTimesOwnTranspose(TriangularSolve.invertUpper(lower.transposed))
    }

    /// The diagonal of L (the log-determinant of A is 2 Σ log of these, computed by callers).
    public var diagonal: [Double] {
        (0..<lower.rows).map { lower[$0, $0] }
    }
}
