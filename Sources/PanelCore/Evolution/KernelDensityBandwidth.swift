/// How the bandwidth h of a kernel density estimate is chosen, with A = min(sd, IQR/1.349) (sd with n − 1, IQR of
/// linearly interpolated quartiles; A = sd when the IQR is 0), as statsmodels' `bw_silverman` and `bw_scott` compute
/// it: `silverman` h = 0.9·A·n^(−1/5) (Silverman 1986, eq. 3.31; the rule of Stata's `kdensity`, whose quartiles
/// follow `summarize`'s rule instead), `scott` h = 1.059·A·n^(−1/5) (Scott 1992; scipy's `gaussian_kde` "scott" is
/// sd·n^(−1/5), without 1.059 and the IQR), or a given positive h. The same rule is used for every kernel.
enum KernelDensityBandwidth: Equatable, Sendable {
    case silverman
    case scott
    case given(Double)

    static let rules = ["silverman", "scott"]

    /// The rule's name in results: `silverman`, `scott` or `given`.
    var name: String {
        switch self {
        case .silverman: return "silverman"
        case .scott: return "scott"
        case .given: return "given"
        }
    }

    /// h for `sorted` (ascending, at least two values) with sample standard deviation `sd`; 0 when the rule meets
    /// a constant sample.
    func bandwidth(sorted: [Double], sd: Double) -> Double {
        switch self {
        case .given(let h): return h
        case .silverman: return 0.9 * Self.spread(sorted: sorted, sd: sd) * Elementary.pow(Double(sorted.count), -0.2)
        case .scott: return 1.059 * Self.spread(sorted: sorted, sd: sd) * Elementary.pow(Double(sorted.count), -0.2)
        }
    }

    /// A = min(sd, IQR/1.349), or sd when the IQR is 0 (statsmodels' `_select_sigma`).
    static func spread(sorted: [Double], sd: Double) -> Double {
        let normalisedRange = (SamplePercentile.of(sorted: sorted, p: 0.75) - SamplePercentile.of(sorted: sorted, p: 0.25)) / 1.349
        return normalisedRange > 0 ? min(sd, normalisedRange) : sd
    }
}
