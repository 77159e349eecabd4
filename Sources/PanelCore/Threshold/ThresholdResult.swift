/// A fixed-effects panel threshold regression (Hansen 1999): the estimated thresholds with likelihood-ratio
/// intervals, the bootstrap F tests for the number of thresholds, the LR(γ) curves, the regimes and the within
/// regression with regime-specific coefficients.
public struct ThresholdResult {
    public let responseName: String
    public let thresholdVariable: String
    public let regimeRegressors: [String]
    public let observationCount: Int
    public let unitCount: Int
    public let periodCount: Int
    /// In order of estimation: `th1` (refined when there are two or more), `th2`, `th3`.
    public let thresholds: [ThresholdEstimate]
    /// The tests of 1, 2, … thresholds against one fewer.
    public let tests: [ThresholdTest]
    /// One curve per threshold, in the order of `thresholds`.
    public let curves: [LikelihoodRatioCurve]
    /// The regimes in ascending order of q.
    public let regimes: [ThresholdRegime]
    /// The regression on the controls and the regime-specific regressors: within (`xtreg, fe`), or Hansen's program's
    /// with a deleted period.
    public let regression: RegressionResult
    public let settings: ThresholdSettings
    /// c(α) = −2 log(1 − √α) for α = `settings.thresholdLevel` (Hansen 1999, eq. 13).
    public let criticalValue: Double
    public let warnings: [String]
}

/// A threshold estimate with its interval: the smallest and largest grid points with LR(γ) ≤ c(α).
public struct ThresholdEstimate: Equatable {
    public let name: String
    public let estimate: Double
    public let confidenceLow: Double
    public let confidenceHigh: Double
}

/// The F test of `thresholds` thresholds against `thresholds` − 1, with SSR and σ̂² = SSR/(n(T − 1)) of the
/// larger model; the p-value and the 10%, 5%, 1% critical values come from the bootstrap (nil without replications).
/// Critical value at level a is the ⌈(1 − a)·B⌉-th smallest of the B bootstrap statistics.
public struct ThresholdTest: Equatable {
    public let thresholds: Int
    public let sumOfSquares: Double
    public let variance: Double
    public let statistic: Double
    public let pValue: Double?
    public let critical10: Double?
    public let critical5: Double?
    public let critical1: Double?
}

/// LR(γ) at the admissible grid points of one threshold, ready to plot with the critical value.
public struct LikelihoodRatioCurve: Equatable {
    public let name: String
    public let grid: [Double]
    public let ratios: [Double]
}

/// A regime lower < q ≤ upper, or lower ≤ q < upper with the `<` boundary (nil bounds are unbounded).
public struct ThresholdRegime: Equatable {
    public let lower: Double?
    public let upper: Double?
}
