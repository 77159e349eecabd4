/// Count, means and centred sums of squares of columns, merged across pieces exactly in theory (Chan, Golub &
/// LeVeque's pairwise update): an out-of-core regression's centred total sum of squares (R²) and the scale against
/// which a regressor counts as absorbed by the fixed effects.
struct ColumnMoments {
    let count: Int
    let means: [Double]
    /// Σ (x − x̄)² per column.
    let squares: [Double]

    init(count: Int, means: [Double], squares: [Double]) {
        self.count = count
        self.means = means
        self.squares = squares
    }

    /// The moments of `columns` (each of the same length, at least one value).
    init(columns: [[Double]]) {
        let n = Double(max(columns.first?.count ?? 0, 1))
        let means = columns.map { column in InterleavedSums.sum(count: column.count) { column[$0] } / n }
        let squares = columns.indices.map { j in
            let (column, mean) = (columns[j], means[j])
            return InterleavedSums.sum(count: column.count) { (column[$0] - mean) * (column[$0] - mean) }
        }
        self.init(count: columns.first?.count ?? 0, means: means, squares: squares)
    }

    /// The moments of the two pieces' rows together.
    func merged(with other: ColumnMoments) -> ColumnMoments {
        guard count > 0 else { return other }
        guard other.count > 0 else { return self }
        let (a, b) = (Double(count), Double(other.count))
        let total = a + b
        var means: [Double] = [], squares: [Double] = []
        for j in self.means.indices {
            let delta = other.means[j] - self.means[j]
            means.append(self.means[j] + delta * (b / total))
            squares.append(self.squares[j] + other.squares[j] + delta * delta * (a * b / total))
        }
        return ColumnMoments(count: count + other.count, means: means, squares: squares)
    }
}
