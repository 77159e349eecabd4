/// The first-difference estimator, `method: "first_difference"`: OLS of Δyᵢₜ = yᵢₜ − yᵢ,ₜ₋₁ on a constant and
/// Δxᵢₜ (Stata `regress D.y D.x`; R `plm(model = "fd")`, which keeps the intercept). A difference exists only when
/// the same unit has an observation in the sample at the previous time value t − 1: gaps in time (or rows dropped
/// for missing values) break the difference, as Stata's `D.` operator does. `nobs` is the number of differences.
public enum FirstDifferenceEstimator {
    public static func estimate(_ sample: PanelSample, covariance choice: CovarianceChoice, table: DataTable,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let pairs = differencePairs(sample)
        guard !pairs.isEmpty else {
            throw PanelError(.noObservations, "no unit has two observations in consecutive periods, so there are no first differences", at: location)
        }
        let columns = [[Double](repeating: 1, count: pairs.count)] + sample.slopeRegressors.map { differences($0, pairs) }
        let design = RegressionDesign(responseName: "D." + sample.design.responseName, response: differences(sample.design.response, pairs),
                                      regressors: Matrix(columnVectors: columns),
                                      termNames: ["(Intercept)"] + sample.slopeColumns.map { "D." + sample.design.termNames[$0] },
                                      hasIntercept: true, rowsUsed: pairs.map { sample.design.rowsUsed[$0.current] },
                                      rowsDropped: sample.design.rowsDropped)
        let fit = try LeastSquaresFit(design, at: location)
        var warnings: [String] = []
        let covariance = try PanelCovariance.estimate(choice, fit: fit, unitOf: pairs.map { sample.unitOf[$0.current] },
                                                      absorbedParameters: 0, table: table, panel: sample.panel,
                                                      warnings: &warnings, at: location + "/vcov")
        let rss = fit.residualSumOfSquares
        let tss = fit.totalSumOfSquares
        let df = fit.observationCount - fit.parameterCount
        var statistics = PanelResultAssembly.slopeFTest(fit, covariance, warnings: &warnings)
        statistics += [
            NamedStatistic("r2", tss > 0 ? 1 - rss / tss : nil),
            NamedStatistic("rmse", (rss / Double(df)).squareRoot()),
            NamedStatistic("df_resid", Double(df)),
            NamedStatistic("rss", rss),
        ]
        return try PanelResultAssembly.result(fit: fit, covariance: covariance, sample: sample, observationCount: fit.observationCount,
                                              statistics: statistics, inference: .studentT, level: level, warnings: warnings, at: location)
    }

    private static func differences(_ values: [Double], _ pairs: [(current: Int, previous: Int)]) -> [Double] {
        pairs.map { values[$0.current] - values[$0.previous] }
    }

    /// (observation, observation of the same unit at time − 1) for every observation that has one, in sample order.
    private static func differencePairs(_ sample: PanelSample) -> [(current: Int, previous: Int)] {
        var positionOf: [Int: [Int: Int]] = [:]
        for i in 0..<sample.observationCount { positionOf[sample.unitOf[i], default: [:]][sample.timeOf[i]] = i }
        var pairs: [(current: Int, previous: Int)] = []
        for i in 0..<sample.observationCount {
            if let previous = positionOf[sample.unitOf[i]]?[sample.timeOf[i] - 1] { pairs.append((i, previous)) }
        }
        return pairs
    }
}
