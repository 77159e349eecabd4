/// Hansen's (1999) fixed-effects panel threshold regression, yᵢₜ = μᵢ + zᵢₜ'δ + Σ_r xᵢₜ'β_r·1{q in regime r} + eᵢₜ,
/// with one to three thresholds: grid search with trimming on within-transformed data, sequential estimation with
/// refinement of the first threshold, bootstrap F tests for the number of thresholds, likelihood-ratio intervals,
/// and the regime-specific coefficients from `xtreg, fe` on the final regimes (with a deleted period, from Hansen's
/// program's fit, `HansenRegimeRegression`) — the procedure of Stata `xthreg`
/// (Wang 2015). Requires a balanced panel. Time effects enter as controls (`i(year)` in the formula).
public enum PanelThresholdRegression {
    /// Fits `formula` (response ~ regime-independent controls) with regime-dependent `regimeRegressors` and
    /// threshold variable `thresholdVariable`; `executor` runs the bootstrap replications, within `budget` with the
    /// grid searches.
    public static func estimate(formula: Formula, regimeRegressors: [String], thresholdVariable: String, table: DataTable,
                                panel: PanelIndex, covariance choice: CovarianceChoice, settings: ThresholdSettings,
                                executor: ReplicationExecutor, budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil,
                                at location: String) throws(PanelError) -> ThresholdResult {
        var regimeColumns: [[Double]] = []
        for name in regimeRegressors { regimeColumns.append(try table.requireNumeric(name, at: location + "/regime")) }
        let thresholdColumn = try table.requireNumeric(thresholdVariable, at: location + "/threshold")
        for name in choice.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let sample = try PanelSample(formula: formula, table: table, panel: panel,
                                     requiredColumns: regimeRegressors + [thresholdVariable] + choice.requiredColumns, at: location)
        guard sample.isBalanced else {
            throw PanelError(.invalidData, "the threshold model needs a balanced panel (Hansen 1999): units have between \(sample.unitSizes.min() ?? 0) and \(sample.unitSizes.max() ?? 0) complete observations",
                             at: location)
        }
        let regimeValues = regimeColumns.map { column in sample.design.rowsUsed.map { column[$0] } }
        let q = sample.design.rowsUsed.map { thresholdColumn[$0] }
        let data = ThresholdPanel(response: sample.design.response, controls: sample.slopeRegressors, regimeRegressors: regimeValues,
                                  thresholdValues: q, unitOf: sample.unitOf, unitCount: sample.unitCount, timeOf: sample.timeOf,
                                  boundary: settings.boundary, deletedPeriod: settings.deletedPeriod)
        let grids = try thresholdGrids(q, settings: settings, at: location)
        guard let sequence = ThresholdSequence(response: data.response, panel: data, grids: grids, stages: settings.thresholdCount,
                                               refine: true) else {
            let rule = settings.trimRule == .regimeSize
                ? "leaving every regime at least \(grids[0].minimumRegimeSize) of the \(q.count) observations"
                : "outside the trimming windows of the thresholds already fixed"
            throw PanelError(.invalidData, "the threshold variable '\(thresholdVariable)' has too few distinct values for \(settings.thresholdCount) threshold(s) with this trimming: some search finds no candidate \(rule)",
                             at: location + "/threshold")
        }
        try budget.check("the threshold search", at: location)
        let bootstrap = try ThresholdBootstrap.statistics(response: data.response, panel: data, grids: grids, sample: sequence,
                                                      tests: settings.thresholdCount, replications: settings.replications,
                                                      seed: settings.seed, executor: executor, budget: budget, shards: shards, at: location)
        let degrees = Double(data.residualDegrees)
        let minima = [sequence.first.minimum] + [sequence.second, sequence.third].compactMap { $0?.minimum }
        let tests = sequence.statistics.indices.map { k in
            test(k + 1, statistic: sequence.statistics[k], sumOfSquares: minima[k], degrees: degrees, bootstrap: bootstrap.map { $0[k] })
        }
        let critical = -2 * Elementary.log(1 - settings.thresholdLevel.squareRoot())
        let curves = likelihoodRatioCurves(sequence, degrees: degrees)
        let estimates = curves.indices.map { k in interval(curves[k], estimate: sequence.thresholds[k], critical: critical) }
        let cuts = sequence.thresholds.sorted()
        let regression = try regimeRegression(sample, data: data, regimeRegressors: regimeRegressors, regimeValues: regimeValues, cuts: cuts,
                                              covariance: choice, table: table, level: settings.level, at: location)
        let bounds: [Double?] = [nil] + cuts.map { $0 }
        return ThresholdResult(responseName: sample.design.responseName, thresholdVariable: thresholdVariable,
                               regimeRegressors: regimeRegressors, observationCount: data.observationCount, unitCount: data.unitCount,
                               periodCount: data.periodCount, thresholds: estimates, tests: tests, curves: curves,
                               regimes: bounds.indices.map { ThresholdRegime(lower: bounds[$0], upper: $0 < cuts.count ? cuts[$0] : nil) },
                               regression: regression, settings: settings, criticalValue: critical,
                               warnings: settings.replications == 0 ? ["no bootstrap replications: p-values and critical values are null"] : [])
    }

    /// One grid per threshold over the sample values `q`; a given list of candidates must lie within the range of q.
    /// Under Hansen's window rule every grid's points are spread with the first threshold's trim.
    static func thresholdGrids(_ q: [Double], settings: ThresholdSettings, at location: String) throws(PanelError) -> [ThresholdGrid] {
        if case .values(let list) = settings.grid, let low = q.min(), let high = q.max(),
           let outside = list.first(where: { $0 < low || $0 > high }) {
            throw PanelError(.invalidOption, "the grid value \(JSONWriter.formatNumber(outside)) lies outside the range of the threshold variable in the sample, [\(JSONWriter.formatNumber(low)), \(JSONWriter.formatNumber(high))]",
                             at: location + "/options/grid")
        }
        let pointTrim = settings.trimRule == .gridWindow ? settings.trims[0] : nil
        return settings.trims.map {
            ThresholdGrid(values: q, trim: $0, choice: settings.grid, rule: settings.trimRule, boundary: settings.boundary, pointTrim: pointTrim)
        }
    }

    /// The test of `count` thresholds; `bootstrap` holds its B bootstrap statistics.
    static func test(_ count: Int, statistic: Double, sumOfSquares: Double, degrees: Double, bootstrap: [Double]) -> ThresholdTest {
        let sorted = bootstrap.sorted()
        func critical(_ percent: Int) -> Double? {
            sorted.isEmpty ? nil : sorted[(sorted.count * (100 - percent) + 99) / 100 - 1]
        }
        let exceeding = bootstrap.filter { $0 > statistic }.count
        return ThresholdTest(thresholds: count, sumOfSquares: sumOfSquares, variance: sumOfSquares / degrees, statistic: statistic,
                             pValue: bootstrap.isEmpty ? nil : Double(exceeding) / Double(bootstrap.count),
                             critical10: critical(10), critical5: critical(5), critical1: critical(1))
    }

    /// LR curves of the reported thresholds: th1 from S₁ (or, with two or more thresholds, the refined S(γ, γ̂₂)
    /// and th2 from S(γ̂₁, γ), both scaled by σ̂₂²), th3 from S(γ̂₁ʳ, γ̂₂, γ) scaled by σ̂₃² (Hansen 1999, §5).
    static func likelihoodRatioCurves(_ sequence: ThresholdSequence, degrees: Double) -> [LikelihoodRatioCurve] {
        func curve(_ name: String, _ search: ThresholdSearch, variance: Double) -> LikelihoodRatioCurve {
            LikelihoodRatioCurve(name: name, grid: search.candidates, ratios: search.likelihoodRatios(variance: variance))
        }
        guard let second = sequence.second, let refined = sequence.refinedFirst else {
            return [curve("th1", sequence.first, variance: sequence.first.minimum / degrees)]
        }
        var curves = [curve("th1", refined, variance: second.minimum / degrees), curve("th2", second, variance: second.minimum / degrees)]
        if let third = sequence.third { curves.append(curve("th3", third, variance: third.minimum / degrees)) }
        return curves
    }

    /// The smallest and largest grid points of `curve` with LR ≤ `critical`.
    static func interval(_ curve: LikelihoodRatioCurve, estimate: Double, critical: Double) -> ThresholdEstimate {
        let inside = curve.grid.indices.filter { curve.ratios[$0] <= critical }.map { curve.grid[$0] }
        return ThresholdEstimate(name: curve.name, estimate: estimate, confidenceLow: inside.first ?? estimate, confidenceHigh: inside.last ?? estimate)
    }

    /// The regression of the response on the controls and x·1{regime r} for every regime-dependent x and regime r
    /// (terms `x#regime1`, `x#regime2`, …; regimes cut at `cuts` by `data`'s boundary), with the chosen covariance:
    /// `xtreg, fe` on all periods, or with a deleted period Hansen's program (`HansenRegimeRegression`).
    static func regimeRegression(_ sample: PanelSample, data: ThresholdPanel, regimeRegressors: [String], regimeValues: [[Double]], cuts: [Double],
                                 covariance choice: CovarianceChoice, table: DataTable, level: Double,
                                 at location: String) throws(PanelError) -> RegressionResult {
        let q = data.thresholdValues
        let regimeOf = q.map { value in cuts.filter { data.boundary.isAbove(value, $0) }.count }
        var columns = sample.slopeRegressors
        var names = sample.slopeColumns.map { sample.design.termNames[$0] }
        for (j, name) in regimeRegressors.enumerated() {
            for regime in 0...cuts.count {
                columns.append(q.indices.map { regimeOf[$0] == regime ? regimeValues[j][$0] : 0 })
                names.append(name + "#regime" + String(regime + 1))
            }
        }
        if data.kept != nil {
            return try HansenRegimeRegression.estimate(sample, data: data, columns: columns, names: names, covariance: choice,
                                                       table: table, level: level, at: location)
        }
        let design = RegressionDesign(responseName: sample.design.responseName, response: sample.design.response,
                                      regressors: Matrix(columnVectors: [[Double](repeating: 1, count: q.count)] + columns),
                                      termNames: ["(Intercept)"] + names, hasIntercept: true,
                                      rowsUsed: sample.design.rowsUsed, rowsDropped: sample.design.rowsDropped)
        return try WithinEstimator.estimate(PanelSample(sample, design: design), covariance: choice, table: table, level: level, at: location)
    }
}
