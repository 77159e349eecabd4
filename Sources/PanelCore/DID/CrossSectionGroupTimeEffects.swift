/// Callaway & Sant'Anna group-time effects ATT(g,t) on repeated cross-sections or an unbalanced panel, as R `did`
/// computes them with `panel = FALSE` or `allow_unbalanced_panel = TRUE` (and the PyPI `csdid` port): each cell uses
/// the observations of periods t and b of cohort g and of its comparison units (the same rules as `GroupTimeEffects`)
/// with DRDID's repeated-cross-section estimators (`est_method`: `CrossSectionDoublyRobustCell`,
/// `CrossSectionInverseProbabilityWeightedCell`, `CrossSectionOutcomeRegressionCell`) on outcome levels and each
/// row's own covariates; the cell's influence function is scaled by n/n_cell (n_cell its observations) and summed per
/// sampling unit — each observation for repeated cross-sections, each panel unit for an unbalanced panel —, so that a
/// standard error is √(Σᵢψᵢ²)/n over the n sampling units. Rows with a missing outcome or covariate are dropped, as
/// are rows of units treated in the first period; a cell lacking treated or comparison observations in either period
/// is not reported.
extension GroupTimeEffects {
    /// True when every unit has an outcome (and every covariate) in every period: R `did` then keeps the panel
    /// estimators even with `allow_unbalanced_panel`.
    public static func isBalanced(outcome: [Double], covariates: [[Double]], panel: PanelIndex) -> Bool {
        let periods = Set(panel.timeOf).count
        var complete = [Int](repeating: 0, count: panel.unitCount)
        for row in outcome.indices where !outcome[row].isNaN && covariates.allSatisfy({ !$0[row].isNaN }) { complete[panel.unitOf[row]] += 1 }
        return complete.allSatisfy { $0 == periods }
    }

    /// `rowsAreUnits`: repeated cross-sections (every row its own sampling unit); false: an unbalanced panel.
    public init(crossSectionOutcome outcome: [Double], covariates: [[Double]] = [], panel: PanelIndex, timing: AdoptionTiming,
                rowsAreUnits: Bool, controlGroup: ControlGroup, basePeriod: BasePeriod, method: EstimationMethod = .doublyRobust,
                at location: String) throws(PanelError) {
        let periods = Array(Set(panel.timeOf)).sorted()
        var warnings: [String] = []
        var rows: [Int] = [], cohortOfRow: [Int?] = [], samplingUnitOfRow: [Int] = []
        var samplingUnitOfPanelUnit = [Int?](repeating: nil, count: panel.unitCount)
        var cohortOfUnit: [Int?] = []
        var incomplete = 0, alreadyTreated = 0
        for row in outcome.indices {
            guard !outcome[row].isNaN, covariates.allSatisfy({ !$0[row].isNaN }) else { incomplete += 1; continue }
            let unit = panel.unitOf[row]
            var cohort = timing.adoptionOf[unit]
            if let g = cohort, g > periods[periods.count - 1] { cohort = nil }
            if let g = cohort, g <= periods[0] { alreadyTreated += 1; continue }
            let samplingUnit: Int
            if !rowsAreUnits, let known = samplingUnitOfPanelUnit[unit] {
                samplingUnit = known
            } else {
                samplingUnit = cohortOfUnit.count
                cohortOfUnit.append(cohort)
                samplingUnitOfPanelUnit[unit] = samplingUnit
            }
            rows.append(row)
            cohortOfRow.append(cohort)
            samplingUnitOfRow.append(samplingUnit)
        }
        if incomplete > 0 { warnings.append("\(incomplete) rows without an outcome (or covariate) were dropped") }
        if alreadyTreated > 0 { warnings.append("\(alreadyTreated) rows of units already treated in the first period were dropped") }
        let cohorts = try Self.cohorts(cohortOfRow, controlGroup: controlGroup, at: location)
        let n = cohortOfUnit.count
        var cells: [Cell] = []
        for g in cohorts {
            let lastBefore = periods.lastIndex { $0 < g }!
            for k in (basePeriod == .varying ? 1 : 0)..<periods.count {
                let base = periods[k] >= g || basePeriod == .universal ? lastBefore : k - 1
                let t = periods[k], b = periods[base]
                let latest = max(t, b)
                let isControl: (Int?) -> Bool = { cohort in
                    guard let cohort else { return true }
                    return controlGroup == .notYetTreated && cohort > latest && cohort != g
                }
                let members = rows.indices.filter { position in
                    let time = panel.timeOf[rows[position]]
                    return (time == t || time == b) && (cohortOfRow[position] == g || isControl(cohortOfRow[position]))
                }
                let treated = members.map { cohortOfRow[$0] == g }
                let post = members.map { panel.timeOf[rows[$0]] == t }
                let treatedCount = treated.filter { $0 }.count
                let kinds = [(true, true), (true, false), (false, true), (false, false)].map { kind in
                    members.indices.contains { treated[$0] == kind.0 && post[$0] == kind.1 }
                }
                guard b == t ? treatedCount < members.count : !kinds.contains(false) else {
                    warnings.append("ATT(\(g),\(t)) is not reported: it lacks treated or comparison observations in period \(t) or \(b)")
                    continue
                }
                var influence = [Double](repeating: 0, count: n)
                guard b != t else {
                    cells.append(Cell(group: g, time: t, basePeriod: b, estimate: 0, treatedCount: treatedCount,
                                      controlCount: members.count - treatedCount, influence: influence))
                    continue
                }
                let units = CellSample(label: "ATT(\(g),\(t))", changes: members.map { outcome[rows[$0]] }, treated: treated,
                                       regressors: members.map { position in [1] + covariates.map { $0[rows[position]] } })
                let sample = CrossSectionCellSample(units: units, post: post)
                let place = location + "/covariates"
                let fit: (estimate: Double, influence: [Double])
                switch method {
                case .outcomeRegression: fit = try CrossSectionOutcomeRegressionCell.estimate(sample, at: place)
                case .inverseProbabilityWeighting: fit = try CrossSectionInverseProbabilityWeightedCell.estimate(sample, at: place)
                case .doublyRobust: fit = try CrossSectionDoublyRobustCell.estimate(sample, at: place)
                }
                let scale = Double(n) / Double(members.count)
                for (position, member) in members.enumerated() { influence[samplingUnitOfRow[member]] += scale * fit.influence[position] }
                cells.append(Cell(group: g, time: t, basePeriod: b, estimate: fit.estimate, treatedCount: treatedCount,
                                  controlCount: members.count - treatedCount, influence: influence))
            }
        }
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.method = method
        self.dataStructure = rowsAreUnits ? .repeatedCrossSections : .unbalancedPanel
        self.cells = cells
        self.cohortOfUnit = cohortOfUnit
        self.periods = periods
        self.warnings = warnings
    }
}
