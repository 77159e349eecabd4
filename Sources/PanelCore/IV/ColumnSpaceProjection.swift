/// Orthogonal projection onto the column space of an n × p matrix of full column rank (P = Z(ZᵀZ)⁻¹Zᵀ and
/// M = I − P), by Householder QR: fitted values and residuals of least squares on Z, column by column. With p = 0
/// every vector is its own residual.
struct ColumnSpaceProjection {
    private let qr: HouseholderQR?
    /// R⁻¹ of Z = QR (p × p, upper triangular): Z R⁻¹ has orthonormal columns.
    let rInverse: Matrix

    init(_ z: Matrix) {
        qr = z.columns > 0 ? HouseholderQR(z, pivoting: .none) : nil
        rInverse = qr.map { TriangularSolve.invertUpper($0.r) } ?? Matrix(rows: 0, columns: 0)
    }

    /// M v: the residuals of v on Z.
    func residuals(_ v: [Double]) -> [Double] {
        qr?.residuals(v) ?? v
    }

    /// P v: the fitted values of v on Z.
    func fitted(_ v: [Double]) -> [Double] {
        let m = residuals(v)
        return (0..<v.count).map { v[$0] - m[$0] }
    }

    /// The least-squares coefficients of v on Z.
    func coefficients(_ v: [Double]) -> [Double] {
        qr?.solveLeastSquares(v) ?? []
    }

    /// M applied to every column of `x`.
    func residuals(_ x: Matrix) -> Matrix {
        Matrix(columnVectors: (0..<x.columns).map { residuals(x.column($0)) }, rows: x.rows)
    }

    /// P applied to every column of `x`.
    func fitted(_ x: Matrix) -> Matrix {
        Matrix(columnVectors: (0..<x.columns).map { fitted(x.column($0)) }, rows: x.rows)
    }
}
