/// The named statistics of an IV regression (as `ivreg2` and `ivreghdfe` report them): centred R² = 1 − RSS/TSS
/// (uncentred without intercept or fixed effects; it may be negative), within R² with fixed effects, the Wald F test
/// of all slopes under the chosen covariance, root MSE = √(RSS/(N − K)) with K counting absorbed parameters, RSS,
/// TSS and the sample bookkeeping.
struct InstrumentalVariablesStatistics {
    let sample: InstrumentalVariablesSample
    let fit: InstrumentalVariablesFit
    let covariance: CovarianceEstimate
    /// Indices of the coefficients the F test covers (all but the intercept).
    let slopes: [Int]

    func named(warnings: inout [String]) -> [NamedStatistic] {
        let n = sample.observationCount
        let k = fit.coefficients.count
        let absorbed = sample.absorbedParameters
        let rss = Matrix.innerProduct(fit.residuals, fit.residuals)
        let y = sample.response
        let residualTotal = Matrix.innerProduct(y, y)
        let tss: Double
        if let projection = sample.projection {
            tss = projection.centredTotalSumOfSquares
        } else if sample.exogenousNames.first == "(Intercept)" {
            let mean = y.reduce(0, +) / Double(n)
            tss = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        } else {
            tss = residualTotal
        }
        let residualDegrees = n - k - absorbed
        var reason: String?
        let f = WaldTest.joint(slopes, estimates: fit.coefficients, covariance: covariance.matrix,
                               denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        var stats = [NamedStatistic("r2", tss > 0 ? 1 - rss / tss : nil)]
        if sample.projection != nil { stats.append(NamedStatistic("r2_within", residualTotal > 0 ? 1 - rss / residualTotal : nil)) }
        stats += [
            NamedStatistic("f_stat", f?.statistic),
            NamedStatistic("f_df1", f.map { Double($0.numeratorDegrees) }),
            NamedStatistic("f_df2", f.map { Double($0.denominatorDegrees) }),
            NamedStatistic("f_p_value", f?.pValue),
            NamedStatistic("df_model", Double(slopes.count)),
            NamedStatistic("df_resid", Double(residualDegrees)),
            NamedStatistic("df_t", Double(covariance.correction.inferenceDegreesOfFreedom)),
            NamedStatistic("rmse", residualDegrees > 0 ? (rss / Double(residualDegrees)).squareRoot() : nil),
            NamedStatistic("rss", rss),
            NamedStatistic("tss", tss),
            NamedStatistic("rows_dropped", Double(sample.unabsorbed.rowsDropped)),
        ]
        if let projection = sample.projection {
            stats.append(NamedStatistic("absorbed_df", Double(absorbed)))
            stats.append(NamedStatistic("singletons_dropped", Double(projection.singletonsDropped)))
        }
        if let clusters = covariance.clusterCount { stats.append(NamedStatistic("n_clusters", Double(clusters))) }
        return stats
    }
}
