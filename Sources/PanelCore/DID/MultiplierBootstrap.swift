/// The multiplier bootstrap of R `did` (`mboot`, Callaway & Sant'Anna 2021, Algorithm 1) for effects with influence
/// functions ψ over n units: draw B vectors of i.i.d. unit multipliers V (mean 0, variance 1) from the seeded
/// `Xoshiro256StarStar`, take √n·Σᵢ Vᵢψᵢ/n for every effect, and estimate each effect's spread robustly by the
/// interquartile range, σ̂ = (q₀.₇₅ − q₀.₂₅)/(z₀.₇₅ − z₀.₂₅) (R type-1 quantiles), standard error σ̂/√n. The critical
/// value of the simultaneous (uniform) confidence band is the type-1 (level) quantile over draws of
/// maxₖ |√n Σᵢ Vᵢψᵢₖ/n| / σ̂ₖ (sup-t), over the effects whose σ̂ exceeds √ε·10 (the others have standard error 0,
/// `did`'s NA). Multipliers are drawn per unit, so the bootstrap is clustered at the unit.
public struct MultiplierBootstrap {
    /// The distribution of the multipliers.
    public enum Multipliers: String, Sendable {
        /// ±1 with probability ½ each (R `did`'s).
        case rademacher
        /// Mammen's two-point law: 1 − κ with probability κ/√5, else κ, κ = (1 + √5)/2.
        case mammen
    }

    /// What to draw: the number B of draws, the multipliers, the seed, and the band's confidence level.
    public struct Settings {
        public let replications: Int
        public let multipliers: Multipliers
        public let seed: UInt64
        public let level: Double
    }

    /// σ̂ₖ/√n for each effect; 0 where σ̂ₖ ≤ √ε·10.
    public let standardErrors: [Double]
    /// The sup-t critical value of the simultaneous band; nil when no effect has a positive bootstrap spread.
    public let criticalValue: Double?

    /// The bootstrap of the effects whose influence functions (each of length n) are `influences`. Every call with the
    /// same settings draws the same multipliers.
    public init(_ influences: [[Double]], settings: Settings) {
        let n = influences.first?.count ?? 0
        var generator = Xoshiro256StarStar(seed: settings.seed)
        let golden = (1 + (5.0).squareRoot()) / 2
        let mammenLowProbability = golden / (5.0).squareRoot()
        var draws = [[Double]](repeating: [], count: influences.count)
        var multipliers = [Double](repeating: 0, count: n)
        for _ in 0..<settings.replications {
            for i in 0..<n {
                switch settings.multipliers {
                case .rademacher: multipliers[i] = generator.next() >> 63 == 0 ? -1 : 1
                case .mammen: multipliers[i] = generator.nextUniform() < mammenLowProbability ? 1 - golden : golden
                }
            }
            for (k, influence) in influences.enumerated() {
                var sum = 0.0
                for i in 0..<n { sum += multipliers[i] * influence[i] }
                draws[k].append(sum / Double(n).squareRoot())
            }
        }
        let interquartile = StandardNormal.quantile(0.75) - StandardNormal.quantile(0.25)
        let spreads = draws.map { column -> Double in
            let sorted = column.sorted()
            let spread = (Self.quantile(sorted, 0.75) - Self.quantile(sorted, 0.25)) / interquartile
            return spread > Double.ulpOfOne.squareRoot() * 10 ? spread : 0
        }
        self.standardErrors = spreads.map { $0 / Double(n).squareRoot() }
        let kept = spreads.indices.filter { spreads[$0] > 0 }
        guard !kept.isEmpty, settings.replications > 0 else {
            self.criticalValue = nil
            return
        }
        let maxima = (0..<settings.replications).map { b in kept.reduce(0) { max($0, (draws[$1][b] / spreads[$1]).magnitude) } }
        self.criticalValue = Self.quantile(maxima.sorted(), settings.level)
    }

    /// R's type-1 quantile (inverse of the empirical distribution function) of ascending `sorted`.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = (Double(sorted.count) * p).rounded(.up)
        return sorted[min(max(Int(position) - 1, 0), sorted.count - 1)]
    }
}
