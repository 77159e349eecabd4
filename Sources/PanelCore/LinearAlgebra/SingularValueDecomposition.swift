/// Thin singular value decomposition `A = U Σ Vᵀ` of an n × p matrix by one-sided (Hestenes) Jacobi
/// rotations (Demmel & Veselić 1992; Golub & Van Loan §8.6.3), meant for small and medium matrices.
/// Matches numpy.linalg.svd(full_matrices=False) up to the signs of singular-vector pairs.
public struct SingularValueDecomposition: Sendable {
    /// The min(n, p) singular values, descending.
    public let singularValues: [Double]
    /// Left singular vectors, n × min(n, p), orthonormal columns (completed with unit-vector directions
    /// for exactly zero singular values).
    public let u: Matrix
    /// Right singular vectors, p × min(n, p), orthonormal columns; each column's largest-magnitude entry
    /// (the first on ties) is positive, and the matching column of `u` follows that sign.
    public let v: Matrix

    /// Decomposes `a`. Throws `.numericalFailure` if an entry is not finite or the sweeps do not converge.
    public init(_ a: Matrix) throws(PanelError) {
        guard JacobiRotation.isFinite(a) else {
            throw PanelError(.numericalFailure, "singular value decomposition of a matrix with non-finite entries")
        }
        let wide = a.rows < a.columns
        let scale = JacobiRotation.scaleFactor(a)
        var w = wide ? a.transposed : a
        for i in 0..<w.storage.count { w.storage[i] *= scale }
        var right = Matrix.identity(w.columns)
        guard SingularValueDecomposition.orthogonaliseColumns(&w, accumulating: &right) else {
            throw PanelError(.numericalFailure, "singular value decomposition did not converge")
        }
        let norms = (0..<w.columns).map { j in
            (0..<w.rows).reduce(0.0) { $0 + w[$1, j] * w[$1, j] }.squareRoot()
        }
        let order = JacobiRotation.descendingOrder(norms)
        var left = Matrix(rows: w.rows, columns: w.columns)
        var sortedRight = Matrix(rows: right.rows, columns: right.columns)
        for (k, source) in order.enumerated() {
            for i in 0..<right.rows { sortedRight[i, k] = right[i, source] }
            if norms[source] > 0 {
                for i in 0..<w.rows { left[i, k] = w[i, source] / norms[source] }
            }
        }
        SingularValueDecomposition.completeZeroColumns(&left, nonzero: order.filter { norms[$0] > 0 }.count)
        var (leftVectors, rightVectors) = wide ? (sortedRight, left) : (left, sortedRight)
        for k in 0..<order.count where JacobiRotation.needsSignFlip(rightVectors, column: k) {
            for i in 0..<rightVectors.rows { rightVectors[i, k] = -rightVectors[i, k] }
            for i in 0..<leftVectors.rows { leftVectors[i, k] = -leftVectors[i, k] }
        }
        singularValues = order.map { norms[$0] / scale }
        u = leftVectors
        v = rightVectors
    }

    /// The numerical rank: the number of singular values above `tolerance`, by default
    /// `max(n, p) · σ_max · ε` (as numpy.linalg.matrix_rank and MATLAB's rank).
    public func rank(tolerance: Double? = nil) -> Int {
        let largest = singularValues.first ?? 0
        let threshold = tolerance ?? Double(max(u.rows, v.rows)) * largest * Double.ulpOfOne
        return singularValues.filter { $0 > threshold }.count
    }

    /// The 2-norm condition number σ_max / σ_min: +infinity when σ_min = 0, NaN for an empty matrix.
    public var conditionNumber: Double {
        guard let largest = singularValues.first, let smallest = singularValues.last else { return .nan }
        return smallest == 0 ? .infinity : largest / smallest
    }

    /// Cyclic one-sided Jacobi: rotates pairs of columns of `w` (rows ≥ columns) until every pair is
    /// orthogonal to working precision, accumulating the rotations into `v`. False if the sweeps run out.
    private static func orthogonaliseColumns(_ w: inout Matrix, accumulating v: inout Matrix) -> Bool {
        let p = w.columns
        for _ in 0..<JacobiRotation.sweepLimit {
            var rotated = false
            for i in 0..<p {
                for j in (i + 1)..<p {
                    let (alpha, beta, gamma) = w.storage.withUnsafeBufferPointer { x in
                        (Matrix.dot(x, i * w.rows, x, i * w.rows, count: w.rows),
                         Matrix.dot(x, j * w.rows, x, j * w.rows, count: w.rows),
                         Matrix.dot(x, i * w.rows, x, j * w.rows, count: w.rows))
                    }
                    if JacobiRotation.isNegligible(gamma, first: alpha, second: beta) { continue }
                    rotated = true
                    let (c, s, _) = JacobiRotation.annihilating(first: alpha, second: beta, offDiagonal: gamma)
                    JacobiRotation.rotateColumns(&w, i, j, c: c, s: s)
                    JacobiRotation.rotateColumns(&v, i, j, c: c, s: s)
                }
            }
            if !rotated { return true }
        }
        return false
    }

    /// Fills columns `nonzero ..< columns` of `u` (those of zero singular values) with unit vectors
    /// orthogonal to all earlier columns: coordinate directions after two rounds of Gram–Schmidt, taking the
    /// first that keeps more than half its length, else the longest (one always keeps √((n − k)/n)).
    private static func completeZeroColumns(_ u: inout Matrix, nonzero: Int) {
        for k in nonzero..<u.columns {
            var best: [Double] = []
            var bestLength = 0.0
            for direction in 0..<u.rows {
                let candidate = orthogonalComplement(of: direction, to: u, columns: k)
                let length = candidate.reduce(0.0) { $0 + $1 * $1 }.squareRoot()
                if length > bestLength {
                    best = candidate
                    bestLength = length
                }
                if length > 0.5 { break }
            }
            for i in 0..<u.rows { u[i, k] = best[i] / bestLength }
        }
    }

    /// The unit vector `e_direction` with its components along the first `columns` columns of `u` removed
    /// (two rounds of classical Gram–Schmidt).
    private static func orthogonalComplement(of direction: Int, to u: Matrix, columns: Int) -> [Double] {
        var candidate = [Double](repeating: 0, count: u.rows)
        candidate[direction] = 1
        for _ in 0..<2 {
            for j in 0..<columns {
                var projection = 0.0
                for i in 0..<u.rows { projection += u[i, j] * candidate[i] }
                for i in 0..<u.rows { candidate[i] -= projection * u[i, j] }
            }
        }
        return candidate
    }
}
