/// Shared pieces of the panel estimators' results: the coefficient table of a fit on transformed data (terms named
/// by the design, collinear or within-constant terms reported in `omitted` as Stata does), the Wald test of the
/// slopes, and the sample-size statistics Stata `xtreg` prints (number of units, min/mean/max observations per unit).
enum PanelResultAssembly {
    /// A `RegressionResult` of `estimator: "panel"` for `fit` with `covariance`; `statistics` come first, then the
    /// sample sizes of `sample`.
    static func result(fit: LeastSquaresFit, covariance: CovarianceEstimate, sample: PanelSample, observationCount: Int,
                       statistics: [NamedStatistic], inference: InferenceDistribution, level: Double,
                       warnings: [String], at location: String) throws(PanelError) -> RegressionResult {
        var warnings = warnings
        if sample.design.rowsDropped > 0 {
            warnings.insert("\(sample.design.rowsDropped) rows with missing values were dropped", at: 0)
        }
        let terms = fit.keptColumns.map { fit.design.termNames[$0] }
        let omitted = fit.omittedColumns.map { fit.design.termNames[$0] }
        for name in omitted { warnings.append("'\(name)' omitted because of collinearity") }
        let rows = try CoefficientInference.rows(terms: terms, estimates: fit.coefficients, covariance: covariance, level: level,
                                                 distribution: inference, warnings: &warnings, at: location)
        return RegressionResult(estimator: "panel", responseName: sample.design.responseName, observationCount: observationCount,
                                coefficients: rows, statistics: statistics + sizeStatistics(sample), covariance: covariance,
                                covarianceTerms: terms, omitted: omitted, warnings: warnings, level: level, inference: inference,
                                fixedEffects: [])
    }

    /// Positions in `fit.coefficients` of the kept columns other than the intercept (column 0 when present).
    static func slopePositions(_ fit: LeastSquaresFit) -> [Int] {
        fit.keptColumns.indices.filter { !(fit.design.hasIntercept && fit.keptColumns[$0] == 0) }
    }

    /// The Wald F test that all slopes are zero under `covariance` (Stata's model F), with its statistics under
    /// the names `f_stat`, `f_df1`, `f_df2`, `f_p_value`; a reason is added to `warnings` when it cannot be computed.
    static func slopeFTest(_ fit: LeastSquaresFit, _ covariance: CovarianceEstimate, warnings: inout [String]) -> [NamedStatistic] {
        var reason: String?
        let f = WaldTest.joint(slopePositions(fit), estimates: fit.coefficients, covariance: covariance.matrix,
                               denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        return [
            NamedStatistic("f_stat", f?.statistic),
            NamedStatistic("f_df1", f.map { Double($0.numeratorDegrees) }),
            NamedStatistic("f_df2", f.map { Double($0.denominatorDegrees) }),
            NamedStatistic("f_p_value", f?.pValue),
        ]
    }

    /// The three R² of Stata `xtreg` for the kept slopes of `fit` (whose design columns are 0 = intercept, then the
    /// sample's slopes in order when `fit` has an intercept column).
    static func rSquared(_ fit: LeastSquaresFit, sample: PanelSample) -> [NamedStatistic] {
        let offset = fit.design.hasIntercept ? 1 : 0
        let positions = slopePositions(fit)
        let r2 = PanelRSquared(sample: sample, slopeIndex: positions.map { fit.keptColumns[$0] - offset },
                               slopes: positions.map { fit.coefficients[$0] })
        return [NamedStatistic("r2_within", r2.within), NamedStatistic("r2_between", r2.between), NamedStatistic("r2_overall", r2.overall)]
    }

    private static func sizeStatistics(_ sample: PanelSample) -> [NamedStatistic] {
        [
            NamedStatistic("n_units", Double(sample.unitCount)),
            NamedStatistic("t_min", Double(sample.unitSizes.min() ?? 0)),
            NamedStatistic("t_mean", Double(sample.observationCount) / Double(sample.unitCount)),
            NamedStatistic("t_max", Double(sample.unitSizes.max() ?? 0)),
            NamedStatistic("rows_dropped", Double(sample.design.rowsDropped)),
        ]
    }
}
