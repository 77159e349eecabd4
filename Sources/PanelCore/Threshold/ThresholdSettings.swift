/// The choices of a panel threshold regression, with their defaults: one threshold; trimming 0.01 per threshold
/// (Stata `xthreg`'s `trim()` default; Hansen 1999 used 0.01, 0.01 and 0.05 in his application) applied as a
/// minimum regime size; a grid of 300 quantile points of the observations of q (`xthreg`'s `grid()` default; Hansen's
/// program uses 400 quantiles of the distinct values); regimes q ≤ γ | q > γ (xthreg; Hansen's program: q < γ | q ≥ γ);
/// no period deleted after demeaning (xthreg; Hansen's program deletes the last); 300 bootstrap replications per test (Hansen 1999); seed 0; 95% coefficient intervals and 95% likelihood-ratio
/// threshold intervals (`xthreg`'s `level()` and `thlevel()`).
public struct ThresholdSettings: Equatable {
    public var thresholdCount = 1
    /// Trimming fraction of each threshold (one per threshold).
    public var trims: [Double] = [0.01]
    public var grid = ThresholdGridChoice.observationQuantiles(300)
    public var trimRule = ThresholdTrimRule.regimeSize
    public var boundary = RegimeBoundary.lowerIncludes
    public var deletedPeriod = DeletedPeriod.none
    public var replications = 300
    public var seed: UInt64 = 0
    public var level = 0.95
    public var thresholdLevel = 0.95

    public init() {}
}
