/// The units of one Callaway–Sant'Anna cell ATT(g,t) — cohort g and its comparison units, in unit order — with their
/// outcome changes ΔY = Y_t − Y_b, whether they are treated (in cohort g), and their regressors (an intercept and the
/// covariates in the earlier of the cell's two periods): the 2×2 data DRDID's panel estimators receive. A
/// repeated-cross-section cell (`CrossSectionCellSample`) holds its observations' outcome levels Y in `changes`.
struct CellSample {
    /// `ATT(g,t)`, for messages.
    let label: String
    let changes: [Double]
    let treated: [Bool]
    /// One row per unit: [1, x₁, …].
    let regressors: [[Double]]

    var count: Int { changes.count }
    var treatedCount: Int { treated.reduce(0) { $0 + ($1 ? 1 : 0) } }
    var columnCount: Int { regressors.first?.count ?? 1 }

    /// Σᵢ wᵢ Xᵢ / n over the sample (DRDID's `colMeans(w * int.cov)`).
    func weightedMeanOfRegressors(_ weights: [Double]) -> [Double] {
        var sum = [Double](repeating: 0, count: columnCount)
        for i in 0..<count where weights[i] != 0 {
            for j in sum.indices { sum[j] += weights[i] * regressors[i][j] }
        }
        return sum.map { $0 / Double(count) }
    }
}
