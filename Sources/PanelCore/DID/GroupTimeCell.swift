/// One Callaway–Sant'Anna cell ATT(g,t): its units (cohort g and the comparison units, a `CellSample`), the ATT by the
/// chosen 2×2 estimator (`OutcomeRegressionCell`, `InverseProbabilityWeightedCell`, `DoublyRobustCell`), and the
/// estimator's influence function placed over all n units of the estimation sample: ψᵢ = (n/n_cell)·ψ_cell,ᵢ inside
/// the cell, 0 outside (R `did`), so that a standard error is √(Σψᵢ²)/n. The base-period cell t = b (universal base
/// period) is 0 with a zero influence function.
enum GroupTimeCell {
    /// The cell, or nil when it has no comparison units. Throws the estimators' errors at `location + "/covariates"`.
    static func estimate(group: Int, time: Int, basePeriod: Int, changes: [Double], regressors: [[Double]], cohortOfUnit: [Int?],
                         isControl: (Int?) -> Bool, method: GroupTimeEffects.EstimationMethod,
                         at location: String) throws(PanelError) -> GroupTimeEffects.Cell? {
        let members = cohortOfUnit.indices.filter { cohortOfUnit[$0] == group || isControl(cohortOfUnit[$0]) }
        let treatedCount = members.filter { cohortOfUnit[$0] == group }.count
        guard members.count > treatedCount else { return nil }
        var influence = [Double](repeating: 0, count: changes.count)
        guard basePeriod != time else {
            return GroupTimeEffects.Cell(group: group, time: time, basePeriod: basePeriod, estimate: 0, treatedCount: treatedCount,
                                         controlCount: members.count - treatedCount, influence: influence)
        }
        let sample = CellSample(label: "ATT(\(group),\(time))", changes: members.map { changes[$0] },
                                treated: members.map { cohortOfUnit[$0] == group }, regressors: members.map { regressors[$0] })
        let place = location + "/covariates"
        let fit: (estimate: Double, influence: [Double])
        switch method {
        case .outcomeRegression: fit = try OutcomeRegressionCell.estimate(sample, at: place)
        case .inverseProbabilityWeighting: fit = try InverseProbabilityWeightedCell.estimate(sample, at: place)
        case .doublyRobust: fit = try DoublyRobustCell.estimate(sample, at: place)
        }
        let scale = Double(changes.count) / Double(members.count)
        for (position, unit) in members.enumerated() { influence[unit] = scale * fit.influence[position] }
        return GroupTimeEffects.Cell(group: group, time: time, basePeriod: basePeriod, estimate: fit.estimate, treatedCount: treatedCount,
                                     controlCount: members.count - treatedCount, influence: influence)
    }
}
