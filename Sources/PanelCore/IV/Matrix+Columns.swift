/// Column-wise helpers the IV code builds its matrices with.
extension Matrix {
    /// The n × columns.count matrix with the given columns (n given so that zero columns are allowed).
    init(columnVectors: [[Double]], rows: Int) {
        self.init(rows: rows, columns: columnVectors.count, columnMajor: columnVectors.flatMap { $0 })
    }

    /// [A | B]: the columns of `self` followed by those of `other` (same rows).
    func appendingColumns(_ other: Matrix) -> Matrix {
        precondition(rows == other.rows, "appendingColumns needs matrices with the same rows")
        return Matrix(rows: rows, columns: columns + other.columns, columnMajor: storage + other.storage)
    }

    /// Σᵢ aᵢ bᵢ for two vectors of the same length, summed in order.
    static func innerProduct(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<a.count { sum += a[i] * b[i] }
        return sum
    }
}
