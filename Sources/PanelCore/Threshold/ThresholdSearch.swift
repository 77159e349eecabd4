/// The least-squares search for one threshold given the thresholds already fixed (Hansen 1999, §3.1 and §5):
/// SSR over the admissible candidates of its grid, and the candidate with the smallest SSR (the smallest such γ on
/// ties).
struct ThresholdSearch {
    /// The admissible candidates, ascending.
    let candidates: [Double]
    /// SSR at each candidate.
    let sumsOfSquares: [Double]
    /// SSR of the model with the fixed thresholds only.
    let baseSumOfSquares: Double
    /// Position of the minimum in `candidates`.
    let best: Int

    /// Searches `grid` for the threshold that, next to `fixed`, minimises the SSR of `response` (demeaned) on
    /// `panel`'s columns; nil when no candidate is admissible.
    init?(response: [Double], fixing fixed: [Double], grid: ThresholdGrid, panel: ThresholdPanel) {
        let candidates = grid.admissiblePoints(besides: fixed)
        guard !candidates.isEmpty else { return nil }
        let basis = panel.basis(fixing: fixed)
        let residual = basis.residual(response)
        let sums = ThresholdSweep.sumsOfSquares(residual: residual, basis: basis, candidates: candidates, panel: panel)
        var best = 0
        for k in sums.indices where sums[k] < sums[best] { best = k }
        self.candidates = candidates
        self.sumsOfSquares = sums
        self.baseSumOfSquares = residual.reduce(0) { $0 + $1 * $1 }
        self.best = best
    }

    var estimate: Double { candidates[best] }
    var minimum: Double { sumsOfSquares[best] }

    /// Hansen's likelihood ratio LR(γ) = (S(γ) − S(γ̂)) / σ̂² at each candidate, for the variance estimate `variance`.
    func likelihoodRatios(variance: Double) -> [Double] {
        sumsOfSquares.map { ($0 - minimum) / variance }
    }
}
