/// Driscoll–Kraay (1998) covariance, robust to heteroskedasticity, serial and cross-sectional dependence: the
/// scores are summed by period, h_t = Σ_{i∈t} eᵢ xᵢ, and their Newey–West (Bartlett) long-run covariance
/// S = Γ_0 + Σ_{j=1}^{L} (1 − j/(L+1)) (Γ_j + Γ_jᵀ), Γ_j = Σ_t h_t h_{t−j}ᵀ, is the meat of (XᵀX)⁻¹ S (XᵀX)⁻¹
/// (Hoechle 2007, eq. 13–15; Stata `xtscc`). The unscaled matrix equals statsmodels `cov_nw_groupsum` without
/// correction and linearmodels `PanelOLS(cov_type="kernel", kernel="bartlett", debiased=False)`; the small-sample
/// factor is `SmallSampleCorrection.driscollKraay` (periods as clusters, t(T − 1)).
///
/// Periods are the distinct time values present in the sample, numbered consecutively in time order (as in
/// statsmodels and linearmodels): a calendar period without observations does not count as a lag step.
public enum DriscollKraayCovariance {
    /// floor(4 (T/100)^(2/9)), the rule of Stata `xtscc` (its help: "default is m(T)=floor[4(T/100)^(2/9)]",
    /// Newey & West 1994 with the Bartlett kernel) and of linearmodels' default bandwidth. Computed exactly in
    /// integers as the largest m with m⁹ · 100² ≤ 4⁹ · T². 0 for T < 1. fixest's `DK` default is T^(1/4) instead.
    public static func defaultLag(periods: Int) -> Int {
        precondition(periods <= 1 << 26, "period count beyond the supported range")
        guard periods >= 1 else { return 0 }
        let bound = UInt64(periods * periods).multipliedFullWidth(by: 262_144)
        var lag = 0
        while true {
            var power: UInt64 = 1
            for _ in 0..<9 { power *= UInt64(lag + 1) }
            let candidate = power.multipliedFullWidth(by: 10_000)
            let fits = candidate.high < bound.high || (candidate.high == bound.high && candidate.low <= bound.low)
            guard fits else { return lag }
            lag += 1
        }
    }

    /// `periodOf[i]` (0..<periodCount, in time order) is the period of observation i; `lag` nil takes
    /// `defaultLag(periods:)`. Throws `.invalidOption` when there are fewer than 2 periods or the lag is negative
    /// or not below the number of periods.
    public static func estimate(_ inputs: CovarianceInputs, periodOf: [Int], periodCount: Int, lag: Int?,
                                at location: String) throws(PanelError) -> CovarianceEstimate {
        precondition(periodOf.count == inputs.observationCount, "one period per observation")
        guard periodCount >= 2 else {
            throw PanelError(.invalidOption, "Driscoll-Kraay errors need at least 2 periods; the estimation sample has \(periodCount)", at: location)
        }
        let maximumLag = lag ?? defaultLag(periods: periodCount)
        guard maximumLag >= 0 && maximumLag < periodCount else {
            throw PanelError(.invalidOption, "the Driscoll-Kraay lag must be between 0 and \(periodCount - 1) (the number of periods less one); got \(maximumLag)", at: location)
        }
        let scores = inputs.groupScores(group: periodOf, groupCount: periodCount)
        let correction = SmallSampleCorrection.driscollKraay(periods: periodCount, observations: inputs.observationCount,
                                                             parameters: inputs.modelParameterCount)
        return CovarianceEstimate(type: "driscoll_kraay", unscaled: inputs.sandwich(bartlettLongRunCovariance(scores, lag: maximumLag)),
                                  correction: correction, clusterCount: periodCount)
    }

    /// Γ_0 + Σ_{j=1}^{lag} (1 − j/(lag+1)) (Γ_j + Γ_jᵀ) for the rows h_t of `scores` (T × k), Γ_j = Σ_t h_t h_{t−j}ᵀ.
    static func bartlettLongRunCovariance(_ scores: Matrix, lag: Int) -> Matrix {
        var longRun = scores.gram()
        let k = scores.columns
        for j in stride(from: 1, through: lag, by: 1) {
            let weight = 1 - Double(j) / Double(lag + 1)
            for b in 0..<k {
                for a in 0..<k {
                    var autocovariance = 0.0
                    for t in j..<scores.rows {
                        autocovariance += scores[t, a] * scores[t - j, b]
                    }
                    longRun[a, b] += weight * autocovariance
                    longRun[b, a] += weight * autocovariance
                }
            }
        }
        return longRun
    }
}
