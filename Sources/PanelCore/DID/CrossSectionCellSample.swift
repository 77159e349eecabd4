/// The observations of one Callaway–Sant'Anna cell ATT(g,t) on repeated cross-sections or an unbalanced panel — the
/// rows of periods t and b of cohort g and of its comparison units — as DRDID's repeated-cross-section estimators
/// receive them: outcome levels Y (in `units.changes`), treated (cohort g) or not, post (period t) or not, and the
/// regressors (an intercept and the row's own covariates); with the weighted means every such estimator is built of.
struct CrossSectionCellSample {
    let units: CellSample
    let post: [Bool]

    var count: Int { units.count }
    var outcomes: [Double] { units.changes }

    /// 1 for the observations where `include` holds, else 0.
    func indicator(_ include: (Int) -> Bool) -> [Double] { (0..<count).map { include($0) ? 1 : 0 } }
    /// The treated observations of period t (`post`) or of the base period (`!post`).
    func treated(post wanted: Bool) -> [Double] { indicator { units.treated[$0] && post[$0] == wanted } }
    /// `weights` restricted to the observations of period t (`post`) or of the base period.
    func inPeriod(_ weights: [Double], post wanted: Bool) -> [Double] { (0..<count).map { post[$0] == wanted ? weights[$0] : 0 } }

    /// Σ wᵢvᵢ / Σ wᵢ; `invalid_data` at `location` when Σ wᵢ is 0 (no observation of the kind, or every comparison
    /// observation trimmed).
    func mean(of values: [Double], weights: [Double], at location: String) throws(PanelError) -> Double {
        let total = weights.reduce(0, +)
        guard total > 0 else {
            throw PanelError(.invalidData, "\(units.label) has no (untrimmed) observation of a treated-or-comparison × period kind", at: location)
        }
        var sum = 0.0
        for i in 0..<count where weights[i] != 0 { sum += weights[i] * values[i] }
        return sum / total
    }

    /// wᵢ(vᵢ − m)/w̄, w̄ = Σ wⱼ/n: the influence function of the weighted mean m = Σ wᵢvᵢ/Σ wᵢ.
    func meanInfluence(of values: [Double], weights: [Double], mean m: Double) -> [Double] {
        let average = weights.reduce(0, +) / Double(count)
        return (0..<count).map { weights[$0] * (values[$0] - m) / average }
    }

    /// Σ pᵢXᵢ / Σ wᵢ: mean regressors with products `p` per observation, normalised by the weights `w`.
    func moment(_ products: [Double], over weights: [Double]) -> [Double] {
        let average = weights.reduce(0, +) / Double(count)
        return units.weightedMeanOfRegressors(products).map { $0 / average }
    }

    /// Σ wᵢXᵢ / Σ wⱼ: the weights' mean regressors.
    func normalisedMoment(_ weights: [Double]) -> [Double] { moment(weights, over: weights) }
}
