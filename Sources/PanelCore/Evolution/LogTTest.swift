/// Phillips and Sul's (2007) log t convergence test of a group of units' paths Xᵢₜ (t = 1…T): the relative
/// transition paths hᵢₜ = Xᵢₜ / mean over the group of X·ₜ, their cross-sectional variation Hₜ = mean (hᵢₜ − 1)², and
/// the regression log(H₁/Hₜ) − 2 log(log t) = a + b log t + uₜ on t = [rT] + 1, …, T ([rT] the integer part of
/// r·T), by least squares with the t statistic of b on the long-run variance of `PhillipsSulLongRunVariance`. The
/// group converges unless t_b < −1.65 (one-sided 5%); b = 2α estimates the speed of convergence, p is the
/// left-tail normal probability of t_b.
struct LogTTest: Equatable {
    let coefficient: Double
    let standardError: Double
    let statistic: Double
    let pValue: Double
    let intercept: Double
    /// The critical value below which convergence is rejected.
    static let criticalValue = -1.65

    var converges: Bool { statistic > Self.criticalValue }

    /// The test of `paths[i]` (one array of T values per unit) skipping the first `trimmed` periods; nil when it
    /// cannot be computed: a period whose mean path is 0 or whose variation Hₜ is 0, or no positive long-run variance.
    init?(paths: [[Double]], trimmed: Int) {
        let periods = paths[0].count, n = Double(paths.count)
        var variation: [Double] = []
        for t in 0..<periods {
            let mean = paths.reduce(0) { $0 + $1[t] } / n
            guard mean != 0 else { return nil }
            let h = paths.reduce(0) { sum, path in sum + (path[t] / mean - 1) * (path[t] / mean - 1) } / n
            guard h > 0, h.isFinite else { return nil }
            variation.append(h)
        }
        let times = Array((trimmed + 1)...periods)
        let x = times.map { Elementary.log(Double($0)) }
        let y = times.map { t in Elementary.log(variation[0] / variation[t - 1]) - 2 * Elementary.log(Elementary.log(Double(t))) }
        let meanX = x.reduce(0, +) / Double(x.count), meanY = y.reduce(0, +) / Double(y.count)
        let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let slope = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) } / sxx
        let intercept = meanY - slope * meanX
        guard let variance = PhillipsSulLongRunVariance.of(zip(x, y).map { $0.1 - intercept - slope * $0.0 }) else { return nil }
        // The slope's element of (XᵀX)⁻¹ for the design [1, log t] is 1/Σ(x − x̄)².
        let standardError = (variance / sxx).squareRoot()
        coefficient = slope
        self.intercept = intercept
        self.standardError = standardError
        statistic = slope / standardError
        pValue = StandardNormal.cdf(statistic)
    }
}
