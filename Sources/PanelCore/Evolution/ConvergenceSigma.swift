/// σ convergence: the dispersion of a positive variable across units, period by period — the coefficient of
/// variation sd/mean and the standard deviation of ln y (both with n − 1) — and the trend of each over the periods
/// (`ConvergenceTrend`); dispersion falling over time is σ convergence. Reference: pandas `groupby(period).std()`.
struct ConvergenceSigma: Equatable {
    /// One period's cross-section.
    struct Period: Equatable {
        let period: Int
        let count: Int
        let mean: Double
        let standardDeviation: Double
        let coefficientOfVariation: Double
        let standardDeviationOfLogs: Double
    }

    let periods: [Period]
    let coefficientOfVariationTrend: ConvergenceTrend
    let standardDeviationOfLogsTrend: ConvergenceTrend

    /// The dispersion of `values` (NaN missing, positive otherwise) and their logs `logs` by `periodOf`; periods
    /// with fewer than two values are left out, and fewer than two periods left is `no_observations`.
    init(_ values: [Double], logs: [Double], periodOf: [Int], at location: String) throws(PanelError) {
        var rowsOf: [Int: [Int]] = [:]
        for row in values.indices where !values[row].isNaN { rowsOf[periodOf[row], default: []].append(row) }
        periods = rowsOf.keys.sorted().compactMap { period -> Period? in
            guard let rows = rowsOf[period], rows.count >= 2 else { return nil }
            let level = rows.map { values[$0] }, logged = rows.map { logs[$0] }
            let mean = AccurateMoments.mean(level), logMean = AccurateMoments.mean(logged)
            let n = Double(rows.count)
            let sd = (AccurateMoments.centredCrossProduct(level, level, meanX: mean, meanY: mean) / (n - 1)).squareRoot()
            let logSD = (AccurateMoments.centredCrossProduct(logged, logged, meanX: logMean, meanY: logMean) / (n - 1)).squareRoot()
            return Period(period: period, count: rows.count, mean: mean, standardDeviation: sd, coefficientOfVariation: sd / mean,
                          standardDeviationOfLogs: logSD)
        }
        guard periods.count >= 2 else {
            throw PanelError(.noObservations, "convergence needs at least two periods with two or more values each; the data has \(periods.count)",
                             at: location)
        }
        let times = periods.map { Double($0.period) }
        coefficientOfVariationTrend = ConvergenceTrend(periods.map { $0.coefficientOfVariation }, over: times)
        standardDeviationOfLogsTrend = ConvergenceTrend(periods.map { $0.standardDeviationOfLogs }, over: times)
    }
}
