/// The p-th sample quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type 7):
/// with h = (n − 1)·p, the value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). This is the definition of pandas
/// `Series.quantile` and NumPy `percentile(method="linear")`, including NumPy's two-sided interpolation (from the
/// upper neighbour when the fraction is at least ½). Stata's `_pctile` (used by `winsor2`) is a different definition.
enum SamplePercentile {
    /// `sorted` is ascending with no NaN and not empty; `p` is in [0, 1].
    static func of(sorted: [Double], p: Double) -> Double {
        precondition(!sorted.isEmpty && p >= 0 && p <= 1, "a percentile needs values and 0 ≤ p ≤ 1")
        let h = Double(sorted.count - 1) * p
        let below = Int(h)
        guard below < sorted.count - 1 else { return sorted[sorted.count - 1] }
        let fraction = h - Double(below)
        let a = sorted[below]
        let b = sorted[below + 1]
        let difference = b - a
        return fraction < 0.5 ? a + difference * fraction : b - difference * (1 - fraction)
    }
}
