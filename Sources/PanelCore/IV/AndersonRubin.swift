/// The Anderson–Rubin (1949) weak-instrument-robust test that all endogenous coefficients are zero, as `ivreg2`
/// reports it: with ỹ, Z̃₂ residualised on the exogenous regressors and fixed effects, the Wald statistic W of Z̃₂ in
/// the regression of ỹ − X̃₂β₀ on Z̃₂ under the chosen covariance (unscaled: σ² = RSS/N under iid), χ²(l), and
/// F = W/l · (N − L)/N (times (G − 1)/G with G clusters) with (l, N − L) or (l, G − 1) degrees of freedom.
/// With one endogenous regressor it also inverts the F test into the confidence set {β₀ : F(β₀) ≤ F_crit(level)}
/// (see `AndersonRubinConfidenceSet`) when `computeSet`; the grid inversion checks `budget` point by point.
struct AndersonRubin {
    let wald: Double?
    let numeratorDegrees: Int
    let denominatorDegrees: Int
    let fScale: Double
    /// The confidence set at `level` (nil unless there is one endogenous regressor and the statistic exists).
    let confidenceSet: AndersonRubinConfidenceSet?
    let level: Double

    var f: Double? { wald.map { $0 / Double(numeratorDegrees) * fScale } }
    var fPValue: Double? { f.map { FisherF(numeratorDegrees: Double(numeratorDegrees), denominatorDegrees: Double(denominatorDegrees)).survival($0) } }
    var chiSquared: ChiSquaredTest? { wald.map { ChiSquaredTest(name: "anderson_rubin", statistic: $0, degreesOfFreedom: numeratorDegrees) } }

    /// `response`, `endogenous` and `instruments` residualised on the exogenous regressors and fixed effects;
    /// `residualDegrees` is N − L.
    init(response: [Double], endogenous: Matrix, instruments: Matrix, grouping: ScoreGrouping, fScale: Double,
         residualDegrees: Int, level: Double, computeSet: Bool, budget: TimeBudget, at location: String) throws(PanelError) {
        let l = instruments.columns
        let denominator = grouping.clusterCount.map { $0 - 1 } ?? residualDegrees
        let projection = ColumnSpaceProjection(instruments)
        self.wald = grouping.wald(of: response, on: instruments, projection: projection)
        self.numeratorDegrees = l
        self.denominatorDegrees = denominator
        self.fScale = fScale
        self.level = level
        let critical = FisherF(numeratorDegrees: Double(l), denominatorDegrees: Double(denominator)).quantile(level)
        switch grouping {
        case _ where endogenous.columns != 1 || wald == nil || !computeSet:
            self.confidenceSet = nil
        case .iid:
            self.confidenceSet = AndersonRubinConfidenceSet(closedFormFor: response, endogenous.column(0), projection: projection,
                                                            ratio: critical * Double(l) / Double(residualDegrees))
        default:
            self.confidenceSet = try AndersonRubinConfidenceSet(numericallyFor: response, endogenous.column(0), instruments: instruments,
                                                                projection: projection, grouping: grouping,
                                                                waldBound: critical * Double(l) / fScale, budget: budget, at: location)
        }
    }
}
