/// A sample quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type 7): with
/// h = (n − 1)·p, the value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) (0-based), interpolated from the nearer neighbour as
/// NumPy does so it is exact at both ends. This is the default of pandas `describe`/`quantile`, NumPy `percentile` and
/// R `quantile`. Stata uses other rules: `summarize, detail` takes, with P = n·p, (x₍P₎ + x₍P+1₎)/2 when P is whole and
/// x₍⌊P⌋+1₎ otherwise (1-based); `_pctile` (used by `winsor2`) is similar.
enum SamplePercentile {
    /// `sorted` is ascending without NaN; `p` in [0, 1]. NaN for an empty sample.
    static func of(sorted: [Double], p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a quantile needs 0 ≤ p ≤ 1")
        guard let last = sorted.indices.last else { return .nan }
        let h = Double(last) * p
        let below = min(Int(h), last)
        let above = min(below + 1, last)
        let fraction = h - Double(below)
        let lower = sorted[below], upper = sorted[above]
        let difference = upper - lower
        return fraction < 0.5 ? lower + difference * fraction : upper - difference * (1 - fraction)
    }
}
