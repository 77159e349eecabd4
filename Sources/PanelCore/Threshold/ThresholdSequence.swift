/// Hansen's (1999, §5) sequential estimation of up to three thresholds and the F statistics for their number:
/// γ̂₁ minimises S₁(γ); γ̂₂ minimises S₂(γ) = S(γ̂₁, γ); the refined γ̂₁ʳ minimises S(γ, γ̂₂); γ̂₃ minimises
/// S(γ̂₁ʳ, γ̂₂, γ). F_k = (S_{k−1} − S_k)/σ̂_k² with σ̂_k² = S_k/(n(T − 1)), where S₀ is the linear model's SSR,
/// S₁ = S₁(γ̂₁), S₂ = S₂(γ̂₂) for F₂ and the SSR at (γ̂₁ʳ, γ̂₂) for F₃ (the two-threshold model the third is added to).
struct ThresholdSequence {
    /// Searches in order: the first threshold, the second given the first, the refined first, the third.
    let first: ThresholdSearch
    let second: ThresholdSearch?
    let refinedFirst: ThresholdSearch?
    let third: ThresholdSearch?
    /// F₁…F_k.
    let statistics: [Double]

    /// Estimates `stages` (1–3) thresholds of `response` (demeaned) with the grid of each threshold in `grids`;
    /// `refine` asks for γ̂₁ʳ also when `stages` is 2 (it is always computed for 3). Nil when a stage has no
    /// admissible candidate.
    init?(response: [Double], panel: ThresholdPanel, grids: [ThresholdGrid], stages: Int, refine: Bool) {
        precondition(stages >= 1 && stages <= 3 && grids.count >= stages, "one grid per threshold, 1 to 3 thresholds")
        let degrees = Double(panel.residualDegrees)
        func statistic(_ restricted: Double, _ unrestricted: Double) -> Double {
            (restricted - unrestricted) / (unrestricted / degrees)
        }
        guard let first = ThresholdSearch(response: response, fixing: [], grid: grids[0], panel: panel) else { return nil }
        var statistics = [statistic(first.baseSumOfSquares, first.minimum)]
        var second: ThresholdSearch?, refinedFirst: ThresholdSearch?, third: ThresholdSearch?
        if stages >= 2 {
            guard let found = ThresholdSearch(response: response, fixing: [first.estimate], grid: grids[1], panel: panel) else { return nil }
            second = found
            statistics.append(statistic(first.minimum, found.minimum))
            if refine || stages == 3 {
                guard let refined = ThresholdSearch(response: response, fixing: [found.estimate], grid: grids[0], panel: panel) else { return nil }
                refinedFirst = refined
            }
        }
        if stages == 3, let second, let refinedFirst {
            guard let found = ThresholdSearch(response: response, fixing: [refinedFirst.estimate, second.estimate], grid: grids[2],
                                              panel: panel) else { return nil }
            third = found
            statistics.append(statistic(found.baseSumOfSquares, found.minimum))
        }
        self.first = first
        self.second = second
        self.refinedFirst = refinedFirst
        self.third = third
        self.statistics = statistics
    }

    /// The estimated thresholds in order of estimation: γ̂₁ (γ̂₁ʳ once refined), γ̂₂, γ̂₃.
    var thresholds: [Double] {
        [(refinedFirst ?? first).estimate] + [second, third].compactMap { $0?.estimate }
    }

    /// The thresholds of the model with `count` thresholds that the test of `count` + 1 takes as its null: none,
    /// γ̂₁ (unrefined), or (γ̂₁ʳ, γ̂₂).
    func nullThresholds(_ count: Int) -> [Double] {
        switch count {
        case 0: return []
        case 1: return [first.estimate]
        default:
            guard let second, let refinedFirst else { preconditionFailure("the two-threshold null needs the refined sequence") }
            return [refinedFirst.estimate, second.estimate]
        }
    }
}
