/// H, the covariance pattern (up to σ²) of the transformed errors when the level errors are homoskedastic and
/// serially uncorrelated: 2 on the diagonal and −1 beside it for first differences (plm:
/// `tcrossprod(diff(diag(m + 1)))`); for the system, plm's `FSM(t, "full")` — the difference block, the identity for
/// the levels, and the covariance of Δu_t with u_t (+1) and u_{t−1} (−1) between them. Kept as its non-zero entries
/// (at most five a row), so that Σ Zᵢ'HZᵢ costs the rows of Zᵢ that hold data rather than the square of the
/// panel's time span.
struct GMMErrorPattern {
    /// The number of rows (and columns) of H.
    let size: Int
    /// The non-zero entries of each row, by increasing column.
    private let entries: [[(column: Int, value: Double)]]

    /// H of difference GMM over `m` differenced equations.
    static func difference(_ m: Int) -> GMMErrorPattern {
        GMMErrorPattern(size: m, entries: (0..<m).map { differenceRow($0, count: m) })
    }

    /// H of system GMM with `t` level equations (and t − 1 differenced ones before them).
    static func system(levelRows t: Int) -> GMMErrorPattern {
        let differenced = (0..<(t - 1)).map { i in differenceRow(i, count: t - 1) + [(t - 1 + i, -1.0), (t + i, 1.0)] }
        let levels = (0..<t).map { i -> [(column: Int, value: Double)] in
            (i >= 1 ? [(i - 1, 1.0)] : []) + (i <= t - 2 ? [(i, -1.0)] : []) + [(t - 1 + i, 1.0)]
        }
        return GMMErrorPattern(size: 2 * t - 1, entries: differenced + levels)
    }

    private static func differenceRow(_ i: Int, count m: Int) -> [(column: Int, value: Double)] {
        (i >= 1 ? [(i - 1, -1.0)] : []) + [(i, 2.0)] + (i + 1 < m ? [(i + 1, -1.0)] : [])
    }

    /// Zᵀ H Z for `z` with `size` rows. Rows of Z that are all zero add nothing, so only the others are formed:
    /// their rows of Z and of HZ are gathered and multiplied by the ordinary cross-product kernel.
    func sandwich(_ z: Matrix) -> Matrix {
        precondition(z.rows == size, "sandwich(_:) needs a matrix with as many rows as H")
        let active = (0..<size).filter { row in (0..<z.columns).contains { z[row, $0] != 0 } }
        var gathered = Matrix(rows: active.count, columns: z.columns)
        var weighted = Matrix(rows: active.count, columns: z.columns)
        for (position, row) in active.enumerated() {
            for j in 0..<z.columns {
                gathered[position, j] = z[row, j]
                var sum = 0.0
                for entry in entries[row] { sum += entry.value * z[entry.column, j] }
                weighted[position, j] = sum
            }
        }
        return gathered.transposeTimes(weighted)
    }
}
