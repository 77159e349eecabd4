/// The least-squares trend of a dispersion measure over the periods, m = b₀ + b·t: the slope b with its classical
/// standard error √(SSR/(k − 2) / Σ(t − t̄)²) and two-sided p-value from Student's t with k − 2 degrees of freedom
/// for k periods (scipy `linregress`, statsmodels `OLS`); a negative significant slope is σ convergence. Standard
/// error and p-value are nil for two periods.
struct ConvergenceTrend: Equatable {
    let slope: Double
    let standardError: Double?
    let pValue: Double?

    /// The trend of `values` over `periods` (at least two distinct periods).
    init(_ values: [Double], over periods: [Double]) {
        let k = Double(values.count)
        let meanT = AccurateMoments.mean(periods), meanY = AccurateMoments.mean(values)
        let sxx = AccurateMoments.centredCrossProduct(periods, periods, meanX: meanT, meanY: meanT)
        let sxy = AccurateMoments.centredCrossProduct(periods, values, meanX: meanT, meanY: meanY)
        let syy = AccurateMoments.centredCrossProduct(values, values, meanX: meanY, meanY: meanY)
        slope = sxy / sxx
        guard values.count > 2 else {
            standardError = nil
            pValue = nil
            return
        }
        let residualSquares = max(0, syy - slope * sxy)
        let se = (residualSquares / (k - 2) / sxx).squareRoot()
        standardError = se
        pValue = se > 0 ? StudentT(degreesOfFreedom: k - 2).twoSidedPValue(slope / se) : nil
    }
}
