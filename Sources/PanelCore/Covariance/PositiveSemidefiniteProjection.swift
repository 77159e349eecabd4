/// The eigenvalue fix of Cameron, Gelbach & Miller (2011, §2.3) for a symmetric covariance that is not positive
/// semi-definite: with V = U diag(λ) Uᵀ, negative eigenvalues are set to zero, giving U diag(max(λ, 0)) Uᵀ.
/// reghdfe (`reghdfe_fix_psd`) and fixest (`vcov_fix = TRUE`) apply it when the smallest eigenvalue is below zero.
enum PositiveSemidefiniteProjection {
    /// `matrix` itself when no eigenvalue is negative, otherwise the fixed matrix (exactly symmetric).
    /// Throws `.numericalFailure` if an entry is not finite or the eigen-decomposition does not converge.
    static func apply(_ matrix: Matrix) throws(PanelError) -> (matrix: Matrix, wasFixed: Bool) {
        let eigen = try SymmetricEigen(matrix)
        guard let smallest = eigen.values.last, smallest < 0 else { return (matrix, false) }
        let n = matrix.rows
        var fixed = Matrix(rows: n, columns: n)
        for (index, value) in eigen.values.enumerated() where value > 0 {
            let vector = eigen.vectors.column(index)
            for j in 0..<n {
                for i in j..<n {
                    fixed[i, j] += value * vector[i] * vector[j]
                }
            }
        }
        for j in 0..<n {
            for i in (j + 1)..<n {
                fixed[j, i] = fixed[i, j]
            }
        }
        return (fixed, true)
    }
}
