/// The p-th percentile (0 < p < 100) of a sorted sample by linear interpolation between order statistics —
/// Hyndman and Fan's type 7, the default of pandas `describe`/`quantile`, numpy `percentile` and R `quantile`:
/// with h = (n − 1)·p/100, the value x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (0-based), interpolated from the nearer
/// end as numpy does so the result is exact at both ends. NaN for an empty sample.
///
/// Stata's `summarize, detail` uses another rule (not offered): with P = n·p/100 and 1-based order statistics,
/// (x₍P₎ + x₍P+1₎)/2 when P is an integer, otherwise x₍⌊P⌋+1₎.
enum SamplePercentile {
    static func linear(sorted values: [Double], percentile p: Double) -> Double {
        guard let last = values.indices.last else { return .nan }
        let h = Double(last) * (p / 100)
        let below = min(Int(h), last)
        let above = min(below + 1, last)
        let fraction = h - Double(below)
        let lower = values[below], upper = values[above]
        let difference = upper - lower
        return fraction < 0.5 ? lower + difference * fraction : upper - difference * (1 - fraction)
    }
}
