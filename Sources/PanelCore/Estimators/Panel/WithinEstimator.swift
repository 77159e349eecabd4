/// The fixed-effects (within) estimator, `method: "within"`: Stata `xtreg, fe` is the reference. Regresses
/// yᵢₜ − ȳᵢ + ȳ̄ on a constant and xᵢₜ − x̄ᵢ + x̄̄ (so the constant is ȳ̄ − x̄̄β̂, as xtreg reports it); s² = RSS/(N − n − k)
/// counts the n unit means. A regressor constant within every unit is omitted (reported in `omitted`), as Stata does.
/// Statistics: the slopes' F, Stata's R² within/between/overall, the F test that all uᵢ = 0, σ_u (standard deviation
/// of ûᵢ = ȳᵢ − â − x̄ᵢβ̂ across units), σ_e, ρ = σ_u²/(σ_u² + σ_e²). Covariances: see `PanelCovariance`.
public enum WithinEstimator {
    /// Fits the model on `sample` with the chosen covariance (`table` supplies cluster columns); `level` sets the intervals.
    public static func estimate(_ sample: PanelSample, covariance choice: CovarianceChoice, table: DataTable,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let fit = try self.fit(sample, at: location)
        let df = residualDegrees(fit, sample)
        var warnings: [String] = []
        let covariance = try PanelCovariance.estimate(choice, fit: fit, unitOf: sample.unitOf,
                                                      absorbedParameters: sample.unitCount - 1, table: table, panel: sample.panel,
                                                      warnings: &warnings, at: location + "/vcov")
        let rss = fit.residualSumOfSquares
        let sigmaE2 = rss / Double(df)
        let sigmaU = unitEffectDeviation(fit, sample)
        let pooled = try LeastSquaresFit(sample.design, at: location)
        let unitDegrees = sample.unitCount - 1
        let fUnits = ((pooled.residualSumOfSquares - rss) / Double(unitDegrees)) / sigmaE2
        var statistics = PanelResultAssembly.slopeFTest(fit, covariance, warnings: &warnings)
        statistics += PanelResultAssembly.rSquared(fit, sample: sample)
        statistics += [
            NamedStatistic("sigma_u", sigmaU),
            NamedStatistic("sigma_e", sigmaE2.squareRoot()),
            NamedStatistic("rho", sigmaU * sigmaU / (sigmaU * sigmaU + sigmaE2)),
            NamedStatistic("f_u", fUnits),
            NamedStatistic("f_u_df1", Double(unitDegrees)),
            NamedStatistic("f_u_df2", Double(df)),
            NamedStatistic("f_u_p_value", FisherF(numeratorDegrees: Double(unitDegrees), denominatorDegrees: Double(df)).survival(fUnits)),
            NamedStatistic("df_resid", Double(df)),
            NamedStatistic("rss", rss),
        ]
        var result = try PanelResultAssembly.result(fit: fit, covariance: covariance, sample: sample, observationCount: sample.observationCount,
                                                    statistics: statistics, inference: .studentT, level: level, warnings: warnings, at: location)
        result.estimationSample = EstimationSample(rows: sample.design.rowsUsed, residuals: fit.residuals,
                                                   fixedEffects: [FormulaTerm(factors: [.variable(sample.panel.idName)])])
        return result
    }

    /// The least-squares fit of the within-transformed data with the grand means added back: design columns are the
    /// constant, then the sample's slopes in order. Fails with `singular_design` when no residual degree of freedom
    /// remains after the unit means (e.g. one observation per unit).
    static func fit(_ sample: PanelSample, at location: String) throws(PanelError) -> LeastSquaresFit {
        let ones = [Double](repeating: 1, count: sample.unitCount)
        let columns = [[Double](repeating: 1, count: sample.observationCount)]
            + sample.slopeRegressors.map { addingGrandMean(sample.subtractingUnitMeans($0, weight: ones), of: $0) }
        let response = addingGrandMean(sample.subtractingUnitMeans(sample.design.response, weight: ones), of: sample.design.response)
        let design = RegressionDesign(responseName: sample.design.responseName, response: response,
                                      regressors: Matrix(columnVectors: columns),
                                      termNames: ["(Intercept)"] + sample.slopeColumns.map { sample.design.termNames[$0] },
                                      hasIntercept: true, rowsUsed: sample.design.rowsUsed, rowsDropped: sample.design.rowsDropped)
        let fit = try LeastSquaresFit(design, at: location)
        guard residualDegrees(fit, sample) > 0 else {
            throw PanelError(.singularDesign, "the within model has no residual degrees of freedom: \(sample.observationCount) observations of \(sample.unitCount) units with \(fit.parameterCount - 1) slopes",
                             at: location)
        }
        return fit
    }

    /// N − n − k: observations less the unit means and the kept slopes (the constant is one of the unit means).
    static func residualDegrees(_ fit: LeastSquaresFit, _ sample: PanelSample) -> Int {
        sample.observationCount - sample.unitCount - (fit.parameterCount - 1)
    }

    private static func addingGrandMean(_ demeaned: [Double], of values: [Double]) -> [Double] {
        let grandMean = values.reduce(0, +) / Double(values.count)
        return demeaned.map { $0 + grandMean }
    }

    /// Standard deviation (divisor n − 1) across units of ûᵢ = ȳᵢ − â − x̄ᵢβ̂: Stata's `sigma_u` after `xtreg, fe`.
    private static func unitEffectDeviation(_ fit: LeastSquaresFit, _ sample: PanelSample) -> Double {
        var effects = sample.unitMeans(sample.design.response)
        let regressors = sample.slopeRegressors
        for (position, column) in fit.keptColumns.enumerated() {
            let means = column == 0 ? [Double](repeating: 1, count: sample.unitCount) : sample.unitMeans(regressors[column - 1])
            for u in effects.indices { effects[u] -= fit.coefficients[position] * means[u] }
        }
        let n = Double(effects.count)
        let mean = effects.reduce(0, +) / n
        return (effects.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
    }
}
