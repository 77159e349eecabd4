/// Stata's `xtreg` R² trio for slopes β on the slope regressors: within = corr²(yᵢₜ − ȳᵢ, xᵢₜβ − x̄ᵢβ),
/// between = corr²(ȳᵢ, x̄ᵢβ) over units (one point per unit), overall = corr²(yᵢₜ, xᵢₜβ). Each is nil when a
/// variance is zero (e.g. no slope varies within units).
struct PanelRSquared {
    let within: Double?
    let between: Double?
    let overall: Double?

    /// `slopes[j]` multiplies `sample.slopeRegressors[slopeIndex[j]]`.
    init(sample: PanelSample, slopeIndex: [Int], slopes: [Double]) {
        let regressors = sample.slopeRegressors
        var fitted = [Double](repeating: 0, count: sample.observationCount)
        for (j, index) in slopeIndex.enumerated() {
            let column = regressors[index]
            for i in fitted.indices { fitted[i] += slopes[j] * column[i] }
        }
        let y = sample.design.response
        let ones = [Double](repeating: 1, count: sample.unitCount)
        within = Self.squaredCorrelation(sample.subtractingUnitMeans(y, weight: ones),
                                         sample.subtractingUnitMeans(fitted, weight: ones))
        between = Self.squaredCorrelation(sample.unitMeans(y), sample.unitMeans(fitted))
        overall = Self.squaredCorrelation(y, fitted)
    }

    /// corr(a, b)², nil when either has zero variance.
    static func squaredCorrelation(_ a: [Double], _ b: [Double]) -> Double? {
        let n = Double(a.count)
        let meanA = a.reduce(0, +) / n
        let meanB = b.reduce(0, +) / n
        var saa = 0.0, sbb = 0.0, sab = 0.0
        for i in a.indices {
            let da = a[i] - meanA, db = b[i] - meanB
            saa += da * da
            sbb += db * db
            sab += da * db
        }
        guard saa > 0, sbb > 0 else { return nil }
        return sab * sab / (saa * sbb)
    }
}
