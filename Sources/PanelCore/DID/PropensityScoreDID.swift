/// PSM-DID as this literature runs it (Stata `psmatch2` then `reghdfe` on the matched sample): a logit propensity
/// score of the treatment-group dummy on chosen covariates, estimated on a cross-section of units at one base period
/// (default: the panel's first period) or on all rows pooled; nearest-neighbour or Epanechnikov kernel matching
/// (`PropensityMatching`); the `pstest` balance table; then the DID regression (`OrdinaryLeastSquares`, usually
/// `y ~ did + controls | id + year`) on the matched sample, unweighted: with a base period every row of each matched
/// unit, pooled every matched row (`reghdfe … if _weight != .`).
public struct PropensityScoreDID {
    /// Which observations the propensity score is estimated on and matched among.
    public enum ScoreSample: Equatable {
        /// One row per unit: the rows of this period; matching pairs units.
        case period(Int)
        /// Every row; matching pairs rows (pooled `psmatch2`).
        case pooled
    }

    public let scoreSample: ScoreSample
    /// The logit of the treatment dummy on an intercept and the covariates.
    public let propensity: RegressionResult
    public let matching: PropensityMatching
    public let balance: [CovariateBalance]
    /// Units (with a base period) or rows (pooled) in the matched sample.
    public let matchedObservations: Int
    public let did: RegressionResult
    public let warnings: [String]

    /// Runs the four stages. `treatment` names a 0/1 column; `scoreSample` `.period` needs `panel`. Errors:
    /// `unknown_column`, `invalid_option` for a base period the panel does not have, `invalid_data` for a treatment
    /// that is not 0/1 or has no treated or no control observation, `no_observations` when no treated observation
    /// finds a match, and those of `Logit` and `OrdinaryLeastSquares` (`location`/`did`).
    public static func estimate(formula: Formula, table: DataTable, panel: PanelIndex?, treatment: String, covariates: [String],
                                scoreSample: ScoreSample?, method: MatchingMethod, commonSupport: Bool,
                                covariance: CovarianceChoice, level: Double, at location: String) throws(PanelError) -> PropensityScoreDID {
        let treatmentValues = try table.requireNumeric(treatment, at: location + "/treatment")
        var covariateValues: [[Double]] = []
        for (k, name) in covariates.enumerated() { covariateValues.append(try table.requireNumeric(name, at: location + "/covariates/\(k)")) }
        let sample = try resolvedSample(scoreSample, panel: panel, at: location)
        var warnings: [String] = []
        let candidates = sampleRows(sample, panel: panel, rowCount: table.rowCount)
        let rows = candidates.filter { row in !treatmentValues[row].isNaN && covariateValues.allSatisfy { !$0[row].isNaN } }
        if rows.count < candidates.count {
            warnings.append("\(candidates.count - rows.count) observations with a missing treatment or covariate were left out of the matching")
        }
        let outcome = rows.map { treatmentValues[$0] }
        guard outcome.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw PanelError(.invalidData, "the treatment '\(treatment)' must be 0 (control) or 1 (treated)", at: location + "/treatment")
        }
        guard outcome.contains(1) else { throw PanelError(.invalidData, "no treated observations: '\(treatment)' is never 1", at: location + "/treatment") }
        guard outcome.contains(0) else { throw PanelError(.invalidData, "no control observations: '\(treatment)' is always 1", at: location + "/treatment") }
        let regressors = Matrix(columnVectors: [[Double](repeating: 1, count: rows.count)] + covariateValues.map { column in rows.map { column[$0] } })
        let logit = try Logit(regressors: regressors, outcome: outcome, at: location + "/covariates")
        let propensity = try logit.regressionResult(termNames: ["(Intercept)"] + covariates, responseName: treatment, level: level,
                                                    warnings: [], at: location + "/covariates")
        let matching = PropensityMatching(scores: logit.fittedProbabilities, isTreated: outcome.map { $0 == 1 }, method: method,
                                          commonSupport: commonSupport)
        guard matching.treatedMatched > 0 else {
            throw PanelError(.noObservations, "no treated observation found a control to match (widen the caliper or bandwidth)", at: location + "/options")
        }
        if matching.treatedMatched < matching.treatedCount {
            warnings.append("\(matching.treatedCount - matching.treatedMatched) of \(matching.treatedCount) treated observations found no match (off support) and were dropped")
        }
        let balance = zip(covariates, covariateValues).map { name, column in
            CovariateBalance(name: name, values: rows.map { column[$0] }, matching: matching)
        }
        let matchedRows = rows.indices.filter { matching.weights[$0] > 0 }.map { rows[$0] }
        let didRows = didSampleRows(matchedRows, sample: sample, panel: panel)
        let didTable = table.keepingRows(didRows)
        let didPanel = try panel.map { p throws(PanelError) in try PanelIndex(table: didTable, id: p.idName, time: p.timeName, at: "/panel") }
        let did = try OrdinaryLeastSquares.estimate(formula: formula, table: didTable, panel: didPanel, covariance: covariance,
                                                    level: level, at: location)
        return PropensityScoreDID(scoreSample: sample, propensity: propensity, matching: matching, balance: balance,
                                  matchedObservations: matchedRows.count, did: did, warnings: warnings)
    }

    private static func resolvedSample(_ requested: ScoreSample?, panel: PanelIndex?, at location: String) throws(PanelError) -> ScoreSample {
        if requested == .pooled { return .pooled }
        guard let panel else {
            throw PanelError(.invalidRequest, "matching units at a base period needs the request's \"panel\"; or set \"score_period\": \"pooled\"",
                             at: location + "/options/score_period")
        }
        guard case .period(let t)? = requested else { return .period(panel.timeOf.min() ?? 0) }
        guard panel.timeOf.contains(t) else {
            throw PanelError(.invalidOption, "the base period \(t) is outside the data (periods \(panel.timeOf.min() ?? 0)–\(panel.timeOf.max() ?? 0))",
                             at: location + "/options/score_period")
        }
        return .period(t)
    }

    /// The table rows of the score sample, in data order.
    private static func sampleRows(_ sample: ScoreSample, panel: PanelIndex?, rowCount: Int) -> [Int] {
        guard case .period(let t) = sample, let panel else { return Array(0..<rowCount) }
        return (0..<rowCount).filter { panel.timeOf[$0] == t }
    }

    /// Every row of the units of `matchedRows` with a base period; `matchedRows` themselves when pooled.
    private static func didSampleRows(_ matchedRows: [Int], sample: ScoreSample, panel: PanelIndex?) -> [Int] {
        guard case .period = sample, let panel else { return matchedRows }
        var matchedUnit = [Bool](repeating: false, count: panel.unitCount)
        for row in matchedRows { matchedUnit[panel.unitOf[row]] = true }
        return panel.unitOf.indices.filter { matchedUnit[panel.unitOf[$0]] }
    }
}
