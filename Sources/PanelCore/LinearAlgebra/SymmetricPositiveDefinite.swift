/// Inversion of symmetric positive definite matrices.
public enum SymmetricPositiveDefinite {
    /// `A⁻¹` through the Cholesky factor (LAPACK dpotrf + dpotri); throws `.numericalFailure` when `a` is
    /// not positive definite. Only the lower triangle of `a` is read.
    public static func inverse(_ a: Matrix) throws(PanelError) -> Matrix {
        try Cholesky(a).inverse()
    }
}
