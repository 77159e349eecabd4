@testable import PanelCore

/// Test helpers that compare matrices and vectors entry by entry.
enum MatrixComparison {
    /// The largest absolute entry-wise difference (infinity when the shapes differ).
    static func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
        guard a.rows == b.rows && a.columns == b.columns else { return .infinity }
        return maxDifference(a.storage, b.storage)
    }

    /// The largest absolute entry-wise difference of two vectors (infinity when the lengths differ).
    static func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .infinity }
        return zip(a, b).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
    }

    /// The largest absolute entry.
    static func maxMagnitude(_ a: Matrix) -> Double {
        a.storage.reduce(0.0) { max($0, abs($1)) }
    }

    /// The difference of column `j` of `a` and `b` after choosing the sign of `b`'s column that fits best,
    /// together with that sign.
    static func columnDifferenceUpToSign(_ a: Matrix, _ b: Matrix, column j: Int) -> (difference: Double, sign: Double) {
        let plus = maxDifference(a.column(j), b.column(j))
        let minus = maxDifference(a.column(j), b.column(j).map { -$0 })
        return plus <= minus ? (plus, 1) : (minus, -1)
    }

    /// The textbook product `A B` by triple loop (the independent reference for the product kernels).
    static func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
                c[i, j] = sum
            }
        }
        return c
    }
}
