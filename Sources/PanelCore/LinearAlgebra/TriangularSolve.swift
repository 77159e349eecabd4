/// Substitution with square triangular matrices (LAPACK dtrsv/dtrtri semantics; Golub & Van Loan §3.1).
///
/// Only the named triangle of the matrix is read. A zero diagonal entry is not detected: the result then
/// holds ±infinity or NaN, as IEEE division gives (callers decide singularity, e.g. from a QR rank).
public enum TriangularSolve {
    /// `x` with `R x = b` for upper-triangular `R` (back substitution, column oriented).
    public static func upper(_ r: Matrix, _ b: [Double]) -> [Double] {
        checkShape(r, b)
        var x = b
        var j = r.columns - 1
        while j >= 0 {
            x[j] /= r[j, j]
            let xj = x[j]
            for i in 0..<j { x[i] -= xj * r[i, j] }
            j -= 1
        }
        return x
    }

    /// `x` with `Rᵀ x = b` for upper-triangular `R` (forward substitution, one dot product per column of R).
    public static func upperTransposed(_ r: Matrix, _ b: [Double]) -> [Double] {
        checkShape(r, b)
        var x = b
        for j in 0..<r.columns {
            var sum = x[j]
            for i in 0..<j { sum -= r[i, j] * x[i] }
            x[j] = sum / r[j, j]
        }
        return x
    }

    /// `x` with `L x = b` for lower-triangular `L` (forward substitution, column oriented).
    public static func lower(_ l: Matrix, _ b: [Double]) -> [Double] {
        checkShape(l, b)
        var x = b
        for j in 0..<l.columns {
            x[j] /= l[j, j]
            let xj = x[j]
            for i in (j + 1)..<l.rows { x[i] -= xj * l[i, j] }
        }
        return x
    }

    /// `x` with `Lᵀ x = b` for lower-triangular `L` (back substitution, one dot product per column of L).
    static func lowerTransposed(_ l: Matrix, _ b: [Double]) -> [Double] {
        checkShape(l, b)
        var x = b
        var j = l.columns - 1
        while j >= 0 {
            var sum = x[j]
            for i in (j + 1)..<l.rows { sum -= l[i, j] * x[i] }
            x[j] = sum / l[j, j]
            j -= 1
        }
        return x
    }

    /// `R⁻¹` for upper-triangular `R` (upper triangular; column j solves `R x = e_j` on its leading j+1 rows).
    public static func invertUpper(_ r: Matrix) -> Matrix {
        precondition(r.rows == r.columns, "invertUpper needs a square matrix")
        let n = r.rows
        var inverse = Matrix(rows: n, columns: n)
        for j in 0..<n {
            inverse[j, j] = 1 / r[j, j]
            var k = j - 1
            while k >= 0 {
                var sum = 0.0
                for i in (k + 1)...j { sum += r[k, i] * inverse[i, j] }
                inverse[k, j] = -sum / r[k, k]
                k -= 1
            }
        }
        return inverse
    }

    /// `U Uᵀ` for upper-triangular `U` (exactly symmetric): entry (i, j) sums `U_ik U_jk` over `k ≥ max(i, j)`.
    static func upperTimesOwnTranspose(_ u: Matrix) -> Matrix {
        precondition(u.rows == u.columns, "upperTimesOwnTranspose needs a square matrix")
        let n = u.rows
        var product = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0...j {
                var sum = 0.0
                for k in j..<n { sum += u[i, k] * u[j, k] }
                product[i, j] = sum
                product[j, i] = sum
            }
        }
        return product
    }

    private static func checkShape(_ t: Matrix, _ b: [Double]) {
        precondition(t.rows == t.columns && b.count == t.rows, "Triangular solve needs a square matrix and a matching vector")
    }
}
