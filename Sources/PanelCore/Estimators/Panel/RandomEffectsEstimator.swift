/// The random-effects GLS estimator, `method: "random"`: Stata `xtreg, re` (Swamy–Arora) is the reference, for
/// balanced and unbalanced panels. σ_e² = RSS_within/(N − n − k_w) from the within fit; σ_u² =
/// max(0, RSS_between/(n − k_b) − σ_e²/T̄) with T̄ the harmonic mean of the Tᵢ; θᵢ = 1 − √(σ_e²/(Tᵢσ_u² + σ_e²));
/// then OLS of yᵢₜ − θᵢȳᵢ on xᵢₜ − θᵢx̄ᵢ (the constant becomes 1 − θᵢ). Its covariance uses that regression's own
/// residual variance RSS/(N − K) (iid) or the CR1 factor (cluster), which matches Stata's printed V; inference is
/// the standard normal (Stata reports z) and the slopes are tested with a Wald χ².
public enum RandomEffectsEstimator {
    /// The quasi-demeaned fit with the variance components it used.
    struct Fit {
        let fit: LeastSquaresFit
        let sigmaE2: Double
        let sigmaU2: Double
        /// θᵢ of each unit.
        let theta: [Double]
    }

    /// Fits the model on `sample` with the chosen covariance (`table` supplies cluster columns); `level` sets the intervals.
    public static func estimate(_ sample: PanelSample, covariance choice: CovarianceChoice, table: DataTable,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let model = try fit(sample, at: location)
        var warnings: [String] = []
        let covariance = try PanelCovariance.estimate(choice, fit: model.fit, unitOf: sample.unitOf,
                                                      absorbedParameters: 0, table: table, panel: sample.panel,
                                                      warnings: &warnings, at: location + "/vcov")
        if model.sigmaU2 == 0 { warnings.append("the estimated variance of the unit effects is negative and set to zero (theta = 0: pooled OLS)") }
        var statistics = waldChiSquared(model.fit, covariance, warnings: &warnings)
        statistics += PanelResultAssembly.rSquared(model.fit, sample: sample)
        let thetaMean = model.theta.reduce(0, +) / Double(model.theta.count)
        statistics += [
            NamedStatistic("sigma_u", model.sigmaU2.squareRoot()),
            NamedStatistic("sigma_e", model.sigmaE2.squareRoot()),
            NamedStatistic("rho", model.sigmaU2 / (model.sigmaU2 + model.sigmaE2)),
            NamedStatistic("theta", sample.isBalanced ? model.theta[0] : nil),
            NamedStatistic("theta_min", model.theta.min()),
            NamedStatistic("theta_mean", thetaMean),
            NamedStatistic("theta_max", model.theta.max()),
        ]
        var result = try PanelResultAssembly.result(fit: model.fit, covariance: covariance, sample: sample, observationCount: sample.observationCount,
                                                    statistics: statistics, inference: .normal, level: level, warnings: warnings, at: location)
        result.estimationSample = EstimationSample(rows: sample.design.rowsUsed, residuals: nil)  // y − xβ, linearmodels' `resids`
        return result
    }

    /// Estimates the variance components and fits the quasi-demeaned regression.
    static func fit(_ sample: PanelSample, at location: String) throws(PanelError) -> Fit {
        let within = try WithinEstimator.fit(sample, at: location)
        let sigmaE2 = within.residualSumOfSquares / Double(WithinEstimator.residualDegrees(within, sample))
        let between = try BetweenEstimator.fit(sample, at: location)
        let betweenDegrees = sample.unitCount - between.parameterCount
        let harmonicT = Double(sample.unitCount) / sample.unitSizes.reduce(0) { $0 + 1 / Double($1) }
        let sigmaU2 = max(0, between.residualSumOfSquares / Double(betweenDegrees) - sigmaE2 / harmonicT)
        let theta = sample.unitSizes.map { 1 - (sigmaE2 / (Double($0) * sigmaU2 + sigmaE2)).squareRoot() }
        let x = sample.design.regressors
        let design = RegressionDesign(responseName: sample.design.responseName,
                                      response: sample.subtractingUnitMeans(sample.design.response, weight: theta),
                                      regressors: Matrix(columnVectors: (0..<x.columns).map { sample.subtractingUnitMeans(x.column($0), weight: theta) }),
                                      termNames: sample.design.termNames, hasIntercept: sample.design.hasIntercept,
                                      rowsUsed: sample.design.rowsUsed, rowsDropped: sample.design.rowsDropped)
        return Fit(fit: try LeastSquaresFit(design, at: location), sigmaE2: sigmaE2, sigmaU2: sigmaU2, theta: theta)
    }

    /// Wald χ² = β̂ᵀV⁻¹β̂ over the slopes with its degrees of freedom and p-value (`chi2`, `chi2_df`, `chi2_p_value`).
    private static func waldChiSquared(_ fit: LeastSquaresFit, _ covariance: CovarianceEstimate, warnings: inout [String]) -> [NamedStatistic] {
        var reason: String?
        let test = WaldTest.joint(PanelResultAssembly.slopePositions(fit), estimates: fit.coefficients, covariance: covariance.matrix,
                                  denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        let df = test.map { Double($0.numeratorDegrees) }
        let chi2 = test.map { $0.statistic * Double($0.numeratorDegrees) }
        var p: Double?
        if let chi2, let df { p = ChiSquared(degreesOfFreedom: df).survival(chi2) }
        return [NamedStatistic("chi2", chi2), NamedStatistic("chi2_df", df), NamedStatistic("chi2_p_value", p)]
    }
}
