/// An orthonormal basis Q (n × p) of the column space of fixed regressors, so that the residual of any response on
/// them is v − Q Qᵀv. Q is the thin factor of the Householder QR of the columns with collinear columns dropped in
/// order (as `LeastSquaresFit` does), formed by applying the reflectors to unit vectors, so it is orthonormal to
/// working precision; the projection is still applied twice ("twice is enough", Giraud et al. 2005).
struct ThresholdBasis {
    /// The basis vectors, each of length n.
    let vectors: [[Double]]

    /// The basis of `columns` (each of length n; at least one).
    init(columns: [[Double]]) {
        let qr = HouseholderQR(Matrix(columnVectors: columns), pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        let n = columns[0].count
        self.vectors = (0..<qr.rank).map { l in
            var unit = [Double](repeating: 0, count: n)
            unit[l] = 1
            return qr.applyingQ(consume unit)
        }
    }

    /// v − Q Qᵀv, applied twice.
    func residual(_ v: [Double]) -> [Double] {
        var r = v
        for _ in 0..<2 {
            for q in vectors {
                var dot = 0.0
                for i in r.indices { dot += q[i] * r[i] }
                for i in r.indices { r[i] -= dot * q[i] }
            }
        }
        return r
    }
}
