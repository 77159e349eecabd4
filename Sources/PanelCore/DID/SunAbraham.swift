/// Sun & Abraham (2021) interaction-weighted event study: the saturated two-way fixed-effects regression
/// yᵢₜ = αᵢ + λₜ + Σ_g Σ_{e ≠ −1} δ_{g,e} 1{Gᵢ = g} 1{t − g = e} + εᵢₜ, with the never-treated units — or the last
/// treated cohort, with the periods from its adoption on dropped — as the control cohort (pyfixest's saturated event
/// study `y ~ i(rel_time, first_treated_period, ref=-1, ref2=0) | id + year`, fixest `sunab`), then for each event
/// time e the cohort-share weighted average ν_e = Σ_g w_{g,e} δ_{g,e}, w_{g,e} = n_{g,e}/Σ_g n_{g,e} with n_{g,e}
/// the cohort's observations at e (pyfixest `aggregate(weighting="shares")`), and the ATT over all post-treatment
/// cells weighted by their observations (fixest `sunab(att = TRUE)`). Standard errors of the averages are √(wᵀVw)
/// from the regression's covariance (default clustered by unit, reghdfe small-sample rule), the weights taken as
/// fixed as pyfixest and fixest do; their tests use the normal distribution as pyfixest does.
/// Units treated in the first period have no pre-period and are dropped; units first treated after the last period
/// count as never treated (as pyfixest and `did`).
public struct SunAbraham {
    /// The cohort the interactions are measured against.
    public enum ControlCohort: String, Sendable {
        case neverTreated = "never_treated"
        case lastTreated = "last_treated"
    }

    /// One interaction δ_{g,e}: its cohort, event time, observations and coefficient row.
    public struct CohortEffect {
        public let group: Int
        public let eventTime: Int
        public let observations: Int
        public let coefficient: CoefficientEstimate
    }

    public let controlCohort: ControlCohort
    /// The saturated regression (its coefficient rows are the δ_{g,e}).
    public let regression: RegressionResult
    public let cohortEffects: [CohortEffect]
    /// ν_e for each event time, ascending, named `e=…`.
    public let eventTimes: [CoefficientEstimate]
    public let overall: CoefficientEstimate
    public let warnings: [String]

    /// Fits the saturated regression of `outcome` and averages it. Throws `invalid_data` when never-treated controls
    /// are asked for and there are none, or when fewer than two cohorts remain for a last-treated control, and the
    /// errors of `OrdinaryLeastSquares` (e.g. too few clusters).
    /// `controls` are columns added linearly to the regression (time-varying covariates, as in fixest
    /// `y ~ sunab(g, t) + x | id + t`).
    public static func estimate(table: DataTable, panel: PanelIndex, timing: AdoptionTiming, outcome: String, controls: [String] = [],
                                controlCohort: ControlCohort, covariance: CovarianceChoice?, level: Double,
                                at location: String) throws(PanelError) -> SunAbraham {
        let outcomeValues = try table.requireNumeric(outcome, at: location + "/outcome")
        var controlValues: [[Double]] = []
        for (k, name) in controls.enumerated() { controlValues.append(try table.requireNumeric(name, at: location + "/controls/\(k)")) }
        let firstPeriod = panel.timeOf.min() ?? 0
        var warnings = timing.warnings
        let finalPeriod = panel.timeOf.max() ?? 0
        var cohortOf = timing.adoptionOf.map { cohort in cohort.flatMap { $0 > finalPeriod ? nil : $0 } }
        let alreadyTreated = cohortOf.filter { ($0 ?? Int.max) <= firstPeriod }.count
        if alreadyTreated > 0 { warnings.append("\(alreadyTreated) units treated in the first period were dropped (no pre-period)") }
        var lastPeriod = Int.max
        switch controlCohort {
        case .neverTreated:
            guard cohortOf.contains(where: { $0 == nil }) else {
                throw PanelError(.invalidData, "there are no never-treated units; use \"control\": \"last_treated\"", at: location)
            }
        case .lastTreated:
            let cohorts = Set(cohortOf.compactMap { $0 }.filter { $0 > firstPeriod }).sorted()
            guard cohorts.count >= 2 else {
                throw PanelError(.invalidData, "a last-treated control needs at least two treated cohorts", at: location)
            }
            lastPeriod = cohorts[cohorts.count - 1]
            cohortOf = cohortOf.map { $0 == lastPeriod ? nil : $0 }
            warnings.append("the cohort first treated in \(lastPeriod) is the control; periods from \(lastPeriod) on were dropped")
        }
        let rows = (0..<table.rowCount).filter { row in
            panel.timeOf[row] < lastPeriod && (cohortOf[panel.unitOf[row]] ?? Int.max) > firstPeriod && !outcomeValues[row].isNaN
                && controlValues.allSatisfy { !$0[row].isNaN }
        }
        let cells = interactionCells(rows: rows, panel: panel, cohortOf: cohortOf)
        var sample = table.keepingRows(rows)
        for cell in cells {
            let indicator = rows.map { row in cellOf(row, panel: panel, cohortOf: cohortOf) == cell.key ? 1.0 : 0.0 }
            sample = sample.setting(DataColumn(name: cell.name, values: .numeric(indicator)))
        }
        let quoted = { (name: String) in "`" + name + "`" }
        let source = quoted(outcome) + " ~ " + (cells.map { $0.name } + controls).map(quoted).joined(separator: " + ")
            + " | " + quoted(panel.idName) + " + " + quoted(panel.timeName)
        let formula = try FormulaParser.parse(source, at: location)
        let samplePanel = try PanelIndex(table: sample, id: panel.idName, time: panel.timeName, at: "/panel")
        let regression = try OrdinaryLeastSquares.estimate(formula: formula, table: sample, panel: samplePanel,
                                                           covariance: covariance ?? .cluster(panel.idName), level: level, at: location)
        var effects: [CohortEffect] = []
        var position: [Int] = []
        for cell in cells {
            guard let k = regression.covarianceTerms.firstIndex(of: cell.name) else {
                warnings.append("'\(cell.name)' is collinear with the fixed effects and left out of the averages")
                continue
            }
            effects.append(CohortEffect(group: cell.key.group, eventTime: cell.key.eventTime, observations: cell.observations,
                                        coefficient: regression.coefficients[k]))
            position.append(k)
        }
        let average = { (term: String, chosen: [Int]) -> CoefficientEstimate in
            let total = Double(chosen.reduce(0) { $0 + effects[$1].observations })
            let weights = chosen.map { Double(effects[$0].observations) / total }
            return weightedSum(term: term, weights: weights, indices: chosen.map { position[$0] }, regression: regression, level: level)
        }
        let eventTimes = Array(Set(effects.map { $0.eventTime })).sorted()
        return SunAbraham(controlCohort: controlCohort, regression: regression, cohortEffects: effects,
                          eventTimes: eventTimes.map { e in average("e=\(e)", effects.indices.filter { effects[$0].eventTime == e }) },
                          overall: average("ATT", effects.indices.filter { effects[$0].eventTime >= 0 }),
                          warnings: warnings + regression.warnings)
    }

    private struct CellKey: Hashable {
        let group: Int
        let eventTime: Int
    }

    private static func cellOf(_ row: Int, panel: PanelIndex, cohortOf: [Int?]) -> CellKey? {
        guard let g = cohortOf[panel.unitOf[row]], panel.timeOf[row] - g != -1 else { return nil }
        return CellKey(group: g, eventTime: panel.timeOf[row] - g)
    }

    /// The cohort × event-time cells present among `rows` (event time −1 is the reference), by cohort then event
    /// time, with their observation counts and column names `g=2016,e=-3`.
    private static func interactionCells(rows: [Int], panel: PanelIndex, cohortOf: [Int?]) -> [(key: CellKey, name: String, observations: Int)] {
        var counts: [CellKey: Int] = [:]
        for row in rows { if let key = cellOf(row, panel: panel, cohortOf: cohortOf) { counts[key, default: 0] += 1 } }
        let keys = counts.keys.sorted { ($0.group, $0.eventTime) < ($1.group, $1.eventTime) }
        return keys.map { key in (key, "g=\(key.group),e=\(key.eventTime)", counts[key]!) }
    }

    /// Σ wₖ bₖ over coefficient `indices` of `regression`, with standard error √(wᵀVw) and normal inference.
    private static func weightedSum(term: String, weights: [Double], indices: [Int], regression: RegressionResult,
                                    level: Double) -> CoefficientEstimate {
        let v = regression.covariance.matrix
        var estimate = 0.0, variance = 0.0
        for (a, i) in indices.enumerated() {
            estimate += weights[a] * regression.coefficients[i].estimate
            for (b, j) in indices.enumerated() { variance += weights[a] * weights[b] * v[i, j] }
        }
        return .normal(term: term, estimate: estimate, standardError: max(variance, 0).squareRoot(), level: level)
    }
}
