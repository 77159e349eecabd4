/// Eigen-decomposition `A = V diag(λ) Vᵀ` of a real symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan §8.5.3; Rutishauser's rotation formulas), accurate to a few ulps of ‖A‖. Matches
/// numpy.linalg.eigh / LAPACK dsyevd up to ordering and eigenvector signs. Only the lower triangle is read.
public struct SymmetricEigen: Sendable {
    /// The eigenvalues, in descending order.
    public let values: [Double]
    /// Unit eigenvectors: column k belongs to `values[k]`; each column's largest-magnitude entry (the first
    /// on ties) is positive.
    public let vectors: Matrix

    /// Decomposes `a`. Throws `.numericalFailure` if an entry is not finite or the sweeps do not converge.
    public init(_ a: Matrix) throws(PanelError) {
        precondition(a.rows == a.columns, "SymmetricEigen needs a square matrix")
        let n = a.rows
        var m = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in j..<n {
                m[i, j] = a[i, j]
                m[j, i] = a[i, j]
            }
        }
        guard JacobiRotation.isFinite(m) else {
            throw PanelError(.numericalFailure, "symmetric eigen-decomposition of a matrix with non-finite entries")
        }
        let scale = JacobiRotation.scaleFactor(m)
        for i in 0..<m.storage.count { m.storage[i] *= scale }
        var v = Matrix.identity(n)
        guard SymmetricEigen.diagonalise(&m, accumulating: &v) else {
            throw PanelError(.numericalFailure, "symmetric eigen-decomposition did not converge")
        }
        let diagonal = (0..<n).map { m[$0, $0] / scale }
        let order = JacobiRotation.descendingOrder(diagonal)
        var vectors = Matrix(rows: n, columns: n)
        for (k, source) in order.enumerated() {
            let sign = JacobiRotation.needsSignFlip(v, column: source) ? -1.0 : 1.0
            for i in 0..<n { vectors[i, k] = sign * v[i, source] }
        }
        values = order.map { diagonal[$0] }
        self.vectors = vectors
    }

    /// Cyclic Jacobi sweeps on the symmetric `m` until no off-diagonal entry is worth rotating; the
    /// rotations are accumulated into `v`. False when `JacobiRotation.sweepLimit` sweeps do not suffice.
    private static func diagonalise(_ m: inout Matrix, accumulating v: inout Matrix) -> Bool {
        let n = m.rows
        for _ in 0..<JacobiRotation.sweepLimit {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<n {
                    let apq = m[p, q], app = m[p, p], aqq = m[q, q]
                    if JacobiRotation.isNegligible(apq, first: app, second: aqq) { continue }
                    rotated = true
                    let (c, s, t) = JacobiRotation.annihilating(first: app, second: aqq, offDiagonal: apq)
                    for k in 0..<n where k != p && k != q {
                        let akp = m[k, p], akq = m[k, q]
                        m[k, p] = c * akp - s * akq
                        m[p, k] = m[k, p]
                        m[k, q] = s * akp + c * akq
                        m[q, k] = m[k, q]
                    }
                    m[p, p] = app - t * apq
                    m[q, q] = aqq + t * apq
                    m[p, q] = 0
                    m[q, p] = 0
                    JacobiRotation.rotateColumns(&v, p, q, c: c, s: s)
                }
            }
            if !rotated { return true }
        }
        return false
    }
}
