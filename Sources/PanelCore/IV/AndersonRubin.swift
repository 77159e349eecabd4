/// The Anderson–Rubin (1949) weak-instrument-robust test that all endogenous coefficients are zero, as `ivreg2`
/// reports it: with ỹ, Z̃₂ residualised on the exogenous regressors and fixed effects, the Wald statistic W of Z̃₂ in
/// the regression of ỹ − X̃₂β₀ on Z̃₂ under the chosen covariance (unscaled: σ² = RSS/N under iid), χ²(l), and
/// F = W/l · (N − L)/N (times (G − 1)/G with G clusters) with (l, N − L) or (l, G − 1) degrees of freedom.
/// With one endogenous regressor and iid errors it also inverts the F test into the confidence set
/// {β₀ : F(β₀) ≤ F_crit}, a quadratic inequality in β₀ whose solution is an interval, two rays, the real line or empty.
struct AndersonRubin {
    /// The shape of an Anderson–Rubin confidence set.
    enum ConfidenceSet: Equatable {
        /// [lower, upper]; one end may be infinite (a half-line).
        case interval(Double, Double)
        /// (−∞, lower] ∪ [upper, ∞).
        case twoRays(Double, Double)
        case realLine
        case empty
    }

    let wald: Double?
    let numeratorDegrees: Int
    let denominatorDegrees: Int
    let fScale: Double
    /// The confidence set at `level` (nil unless one endogenous regressor and iid errors).
    let confidenceSet: ConfidenceSet?
    let level: Double

    var f: Double? { wald.map { $0 / Double(numeratorDegrees) * fScale } }
    var fPValue: Double? { f.map { FisherF(numeratorDegrees: Double(numeratorDegrees), denominatorDegrees: Double(denominatorDegrees)).survival($0) } }
    var chiSquared: ChiSquaredTest? { wald.map { ChiSquaredTest(name: "anderson_rubin", statistic: $0, degreesOfFreedom: numeratorDegrees) } }

    /// `response`, `endogenous` and `instruments` residualised on the exogenous regressors and fixed effects;
    /// `residualDegrees` is N − L.
    init(response: [Double], endogenous: Matrix, instruments: Matrix, grouping: ScoreGrouping, fScale: Double,
         residualDegrees: Int, level: Double) {
        let l = instruments.columns
        let denominator = grouping.clusterCount.map { $0 - 1 } ?? residualDegrees
        let projection = ColumnSpaceProjection(instruments)
        self.wald = grouping.wald(of: response, on: instruments, projection: projection)
        self.numeratorDegrees = l
        self.denominatorDegrees = denominator
        self.fScale = fScale
        self.level = level
        if endogenous.columns == 1, case .iid = grouping {
            let critical = FisherF(numeratorDegrees: Double(l), denominatorDegrees: Double(denominator)).quantile(level)
            self.confidenceSet = Self.invert(response, endogenous.column(0), projection: projection,
                                             ratio: critical * Double(l) / Double(residualDegrees))
        } else {
            self.confidenceSet = nil
        }
    }

    /// {β : (y − xβ)ᵀ(P − ratio·M)(y − xβ) ≤ 0}, i.e. a β² − 2bβ + c ≤ 0.
    private static func invert(_ y: [Double], _ x: [Double], projection: ColumnSpaceProjection, ratio: Double) -> ConfidenceSet {
        let py = projection.fitted(y), px = projection.fitted(x)
        let my = projection.residuals(y), mx = projection.residuals(x)
        let a = Matrix.innerProduct(px, px) - ratio * Matrix.innerProduct(mx, mx)
        let b = Matrix.innerProduct(px, py) - ratio * Matrix.innerProduct(mx, my)
        let c = Matrix.innerProduct(py, py) - ratio * Matrix.innerProduct(my, my)
        let discriminant = b * b - a * c
        guard a != 0 else {
            guard b != 0 else { return c <= 0 ? .realLine : .empty }
            return b > 0 ? .interval(c / (2 * b), .infinity) : .interval(-.infinity, c / (2 * b))
        }
        guard discriminant > 0 else { return a > 0 ? .empty : .realLine }
        let root = discriminant.squareRoot()
        let first = (b - root) / a, second = (b + root) / a
        let (lower, upper) = (min(first, second), max(first, second))
        return a > 0 ? .interval(lower, upper) : .twoRays(lower, upper)
    }
}
