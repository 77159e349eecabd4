/// The regime regression of Hansen's program for the 1999 paper (`"deleted_period": "last"`): least squares, without
/// a constant, of the within-transformed response on the within-transformed controls and regime columns
/// x·1{regime r}, on the n(T − 1) rows left after deleting each unit's last period (the sample of the threshold
/// search). Its covariances are his program's: `iid` his "OLS SE", s²(XᵀX)⁻¹ with s² = e'e/(n(T − 1) − n − k);
/// `hc1`/`robust` his "White SE", the HC0 sandwich without a small-sample factor (reported as type `hc0`); other
/// choices as for `xtreg, fe`, counting the n unit means.
enum HansenRegimeRegression {
    /// Fits the raw regressor `columns` (named `names`, in the order of `sample`'s observations) on `data`'s
    /// transformed sample.
    static func estimate(_ sample: PanelSample, data: ThresholdPanel, columns: [[Double]], names: [String],
                         covariance choice: CovarianceChoice, table: DataTable, level: Double,
                         at location: String) throws(PanelError) -> RegressionResult {
        let flags = data.kept ?? [Bool](repeating: true, count: data.observationCount)
        let kept = flags.indices.filter { flags[$0] }
        let regressors = columns.map { column in
            let transformed = data.transformed(column)
            return kept.map { transformed[$0] }
        }
        let design = RegressionDesign(responseName: sample.design.responseName, response: kept.map { data.response[$0] },
                                      regressors: Matrix(columnVectors: regressors), termNames: names, hasIntercept: false,
                                      rowsUsed: kept.map { sample.design.rowsUsed[$0] }, rowsDropped: sample.design.rowsDropped)
        let subset = PanelSample(sample, keeping: kept, design: design)
        let fit = try LeastSquaresFit(design, at: location)
        let degrees = fit.observationCount - data.unitCount - fit.parameterCount
        guard degrees > 0 else {
            throw PanelError(.singularDesign, "the regime regression has no residual degrees of freedom: \(fit.observationCount) rows of \(data.unitCount) units with \(fit.parameterCount) coefficients",
                             at: location)
        }
        var warnings: [String] = []
        let covariance = try self.covariance(choice, fit: fit, sample: subset, degrees: degrees, table: table,
                                             warnings: &warnings, at: location + "/vcov")
        let rss = fit.residualSumOfSquares
        var statistics = PanelResultAssembly.slopeFTest(fit, covariance, warnings: &warnings)
        statistics += [
            NamedStatistic("sigma_e", (rss / Double(degrees)).squareRoot()),
            NamedStatistic("df_resid", Double(degrees)),
            NamedStatistic("rss", rss),
        ]
        return try PanelResultAssembly.result(fit: fit, covariance: covariance, sample: subset, observationCount: fit.observationCount,
                                              statistics: statistics, inference: .studentT, level: level, warnings: warnings, at: location)
    }

    /// Hansen's OLS and White covariances for `iid` and `hc1`, with t(n(T − 1) − n − k); the others through
    /// `PanelCovariance` with the n unit means absorbed.
    private static func covariance(_ choice: CovarianceChoice, fit: LeastSquaresFit, sample: PanelSample, degrees: Int,
                                   table: DataTable, warnings: inout [String], at location: String) throws(PanelError) -> CovarianceEstimate {
        let inputs = CovarianceInputs(fit)
        switch choice {
        case .iid:
            let correction = SmallSampleCorrection(convention: "hansen_1999_ols", factor: Double(fit.observationCount) / Double(degrees),
                                                   inferenceDegreesOfFreedom: degrees)
            return CovarianceEstimate(type: "iid", unscaled: IIDCovariance.estimate(inputs).unscaled, correction: correction, clusterCount: nil)
        case .hc1:
            let correction = SmallSampleCorrection(convention: "hansen_1999_white", factor: 1, inferenceDegreesOfFreedom: degrees)
            return CovarianceEstimate(type: "hc0", unscaled: HeteroskedasticityRobustCovariance.estimate(inputs).unscaled,
                                      correction: correction, clusterCount: nil)
        default:
            return try PanelCovariance.estimate(choice, fit: fit, unitOf: sample.unitOf, absorbedParameters: sample.unitCount,
                                                table: table, panel: sample.panel, warnings: &warnings, at: location)
        }
    }
}
