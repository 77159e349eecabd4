/// The two weighted means of a propensity-weighted cell estimator (DRDID's `eta.treat`, `eta.cont`): η₁ the mean of
/// r over the treated, η₀ = Σ wᵢrᵢ/Σ wᵢ over the comparison units, and the mean weights w̄₁ = n_g/n, w̄₀ = Σ wᵢ/n over
/// the n units of the cell; r is the change ΔY (`ipw`) or the outcome-regression residual (`dr`).
struct WeightedCellMeans {
    let treatedMean: Double
    let comparisonMean: Double
    let meanTreatedWeight: Double
    let meanComparisonWeight: Double
    private let sample: CellSample
    private let residuals: [Double]

    /// Throws `invalid_data` at `location` when every comparison unit is trimmed (all scores at least 0.995).
    init(_ sample: CellSample, residuals: [Double], comparisonWeights: [Double], at location: String) throws(PanelError) {
        let n = Double(sample.count)
        let totalWeight = comparisonWeights.reduce(0, +)
        guard totalWeight > 0 else {
            throw PanelError(.invalidData, "every comparison unit of \(sample.label) is trimmed (propensity score of at least "
                             + "\(CellPropensityScore.trimLevel)): no overlap", at: location)
        }
        var treatedSum = 0.0, comparisonSum = 0.0
        for i in 0..<sample.count {
            if sample.treated[i] { treatedSum += residuals[i] } else { comparisonSum += comparisonWeights[i] * residuals[i] }
        }
        self.treatedMean = treatedSum / Double(sample.treatedCount)
        self.comparisonMean = comparisonSum / totalWeight
        self.meanTreatedWeight = Double(sample.treatedCount) / n
        self.meanComparisonWeight = totalWeight / n
        self.sample = sample
        self.residuals = residuals
    }

    /// Dᵢ(rᵢ − η₁)/w̄₁: the treated mean's part of unit i's influence function.
    func treatedInfluence(_ i: Int) -> Double {
        sample.treated[i] ? (residuals[i] - treatedMean) / meanTreatedWeight : 0
    }
}
