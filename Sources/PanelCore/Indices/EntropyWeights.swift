/// The entropy weight method of seed 003 §4.2.1 on range-normalised columns x_ij (i = 1…n): shifted values
/// y = x + shift, proportions p_ij = y_ij / Σ_i y_ij, entropy e_j = −(Σ_i p_ij ln p_ij) / ln n (p ln p = 0 at
/// p = 0), divergence d_j = 1 − e_j and weight w_j = d_j / Σ_k d_k.
struct EntropyWeights {
    let entropies: [Double]
    let divergences: [Double]
    let weights: [Double]

    /// Weights of the normalised `columns` (each of length n ≥ 2, each with range 1, so Σ d > 0).
    init(normalised columns: [[Double]], shift: Double) {
        let logCount = Elementary.log(Double(columns[0].count))
        entropies = columns.map { EntropyWeights.entropy(of: $0, shift: shift, logCount: logCount) }
        divergences = entropies.map { 1 - $0 }
        let total = divergences.reduce(0, +)
        weights = divergences.map { $0 / total }
    }

    private static func entropy(of column: [Double], shift: Double, logCount: Double) -> Double {
        let total = column.reduce(0) { $0 + ($1 + shift) }
        var sum = 0.0
        for x in column {
            let p = (x + shift) / total
            if p > 0 { sum += p * Elementary.log(p) }
        }
        return -sum / logCount
    }
}
