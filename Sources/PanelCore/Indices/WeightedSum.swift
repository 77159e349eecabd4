/// Σ_j w_j · column_j for every row, summing the columns in order.
enum WeightedSum {
    static func rows(of columns: [[Double]], weights: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: columns[0].count)
        for (column, weight) in zip(columns, weights) {
            for i in result.indices { result[i] += weight * column[i] }
        }
        return result
    }
}
