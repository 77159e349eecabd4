/// Matrix pieces shared by the spatial panel estimators: the spatial lag of a stacked panel vector, the inverse
/// spatial filter (I − ρW)⁻¹, W·B, and the traces of W̃ = W(I − ρW)⁻¹ their information matrices need.
enum SpatialPanelAlgebra {
    /// (I_T ⊗ W) v for v laid out period after period: each entry Σ_j w_ij v_tj over the neighbours j ascending, as
    /// `SpatialWeights.spatialLag` sums it (the same result), with each row of W read once for all T periods.
    static func lag(_ v: [Double], _ weights: SpatialWeights) -> [Double] {
        let n = weights.unitCount, t = v.count / n
        var result = [Double](repeating: 0, count: v.count)
        var sums = [Double](repeating: 0, count: t)
        v.withUnsafeBufferPointer { vp in
            for i in 0..<n {
                for s in 0..<t { sums[s] = 0 }
                weights.rows[i].neighbours.withUnsafeBufferPointer { neighbours in
                    weights.rows[i].weights.withUnsafeBufferPointer { w in
                        sums.withUnsafeMutableBufferPointer { acc in
                            for k in 0..<neighbours.count {
                                let weight = w[k], j = neighbours[k]
                                for s in 0..<t { acc[s] += weight * vp[s * n + j] }
                            }
                        }
                    }
                }
                for s in 0..<t { result[s * n + i] = sums[s] }
            }
        }
        return result
    }

    /// (I − ρW)⁻¹ by a Householder QR solve, column by column: R⁻¹Qᵀe_j with R extracted once (the same arithmetic
    /// as `solveLeastSquares`, which would rebuild the N × N R for every column).
    static func inverseFilter(_ weights: SpatialWeights, rho: Double, at location: String) throws(PanelError) -> Matrix {
        let n = weights.unitCount
        var a = Matrix.identity(n)
        for k in 0..<a.storage.count { a.storage[k] -= rho * weights.matrix.storage[k] }
        let qr = HouseholderQR(a, pivoting: .none)
        let triangle = qr.r
        var columns: [[Double]] = []
        columns.reserveCapacity(n)
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            columns.append(TriangularSolve.upper(triangle, qr.applyingQTransposed(consume e)))
        }
        return Matrix(columnVectors: columns)
    }

    /// W·B for the dense weights and an N × N matrix B (W(I − ρW)⁻¹ = (I − ρW)⁻¹W).
    static func multiply(_ b: Matrix, _ weights: SpatialWeights) -> Matrix {
        var product = Matrix(rows: b.rows, columns: b.columns)
        for j in 0..<b.columns {
            for i in 0..<b.rows {
                var sum = 0.0
                for (k, l) in weights.rows[i].neighbours.enumerated() { sum += weights.rows[i].weights[k] * b[l, j] }
                product[i, j] = sum
            }
        }
        return product
    }

    /// (tr W̃, tr W̃W̃, tr W̃ᵀW̃) of an N × N matrix W̃.
    static func traces(_ lagged: Matrix) -> (Double, Double, Double) {
        var tr1 = 0.0, tr2 = 0.0, tr3 = 0.0
        for i in 0..<lagged.rows {
            tr1 += lagged[i, i]
            for j in 0..<lagged.rows {
                tr2 += lagged[i, j] * lagged[j, i]
                tr3 += lagged[i, j] * lagged[i, j]
            }
        }
        return (tr1, tr2, tr3)
    }
}

extension SpatialPanelAlgebra {
    /// W̃ = W(I − aW)⁻¹ for the expected information, or J W̃ J when Lee–Yu's cross-sectional transformation removes
    /// the time effects (`LeeYuCounts`; the traces of W̃* = F′W̃F are those of J W̃ J).
    static func filteredWeights(_ weights: SpatialWeights, _ a: Double, counts: LeeYuCounts, at location: String) throws(PanelError) -> Matrix {
        let lagged = multiply(try inverseFilter(weights, rho: a, at: location), weights)
        return counts.removesCrossSectionMean ? centred(lagged) : lagged
    }

    /// J M J with J = I − 11ᵀ/N: M with its row and column means removed (and the grand mean added back).
    static func centred(_ m: Matrix) -> Matrix {
        let n = m.rows
        var rowMean = [Double](repeating: 0, count: n), columnMean = [Double](repeating: 0, count: n), grand = 0.0
        for j in 0..<n {
            for i in 0..<n {
                rowMean[i] += m[i, j]
                columnMean[j] += m[i, j]
                grand += m[i, j]
            }
        }
        var result = m
        for j in 0..<n {
            for i in 0..<n {
                result[i, j] = m[i, j] - rowMean[i] / Double(n) - columnMean[j] / Double(n) + grand / Double(n * n)
            }
        }
        return result
    }
}

extension SpatialPanelAlgebra {
    /// The inverse of an information matrix and its leading `count` × `count` block, the covariance of the
    /// coefficients; fails with `numerical_failure` and `failure` at `location` when it is not positive definite.
    static func invertedInformation(_ information: Matrix, leading count: Int, failure: String,
                                    at location: String) throws(PanelError) -> (covariance: Matrix, inverse: Matrix) {
        let inverse: Matrix
        do {
            inverse = try SymmetricPositiveDefinite.inverse(information)
        } catch {
            throw PanelError(.numericalFailure, failure, at: location)
        }
        var covariance = Matrix(rows: count, columns: count)
        for j in 0..<count { for i in 0..<count { covariance[i, j] = inverse[i, j] } }
        return (covariance, inverse)
    }
}
