/// Bootstrap standard errors and confidence intervals of one statistic from its replicates, as Stata's `bstat` /
/// `estat bootstrap, all` defines them (Efron & Tibshirani 1993, ch. 13–14):
/// - standard error: the sample standard deviation of the B replicates, divisor B − 1;
/// - percentile: the α/2 and 1 − α/2 quantiles of the replicates (α = 1 − level);
/// - bias-corrected (BC): the quantiles at p₁ = Φ(2z₀ − z), p₂ = Φ(2z₀ + z), z = Φ⁻¹(1 − α/2),
///   z₀ = Φ⁻¹(#{θ*_b ≤ θ̂}/B) (Stata's rule, ties counted below);
/// - bias-corrected and accelerated (BCa): p₁ = Φ(z₀ + (z₀ − z)/(1 − a(z₀ − z))),
///   p₂ = Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z))), with the acceleration a = Σ dᵢ³ / (6 (Σ dᵢ²)^{3/2}), dᵢ = θ̄₍.₎ − θ₍ᵢ₎
///   over the jackknife (leave-one-resampling-unit-out) estimates θ₍ᵢ₎.
/// Quantiles are Hyndman & Fan's type 2 (Stata `_pctile`, NumPy `averaged_inverted_cdf`): with P = B·p, the mean
/// of the P-th and (P+1)-th smallest replicates when P is whole, else the ⌈P⌉-th (clamped to the first and last);
/// P within 10⁻⁹ of a whole number counts as whole, so that 1000 × 0.025 does not fall on a rounding error.
/// BC and BCa are nil when z₀ is infinite (every replicate on one side of θ̂); BCa also when the jackknife
/// estimates do not vary.
enum BootstrapIntervals {
    /// The type-2 quantile of ascending `sorted` (non-empty) at p in (0, 1).
    static func quantile(sorted: [Double], p: Double) -> Double {
        let b = sorted.count
        let position = Double(b) * p
        let whole = (position + 0.5).rounded(.down)
        if (position - whole).magnitude <= 1e-9 * max(1, position) {
            let k = Int(whole)
            guard k >= 1 else { return sorted[0] }
            guard k < b else { return sorted[b - 1] }
            return (sorted[k - 1] + sorted[k]) / 2
        }
        let k = Int(position.rounded(.up))
        return sorted[min(max(k, 1), b) - 1]
    }

    /// The sample standard deviation of `values` (divisor count − 1); NaN with fewer than two values.
    static func standardError(_ values: [Double]) -> Double {
        guard values.count > 1 else { return .nan }
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    static func percentile(sorted: [Double], level: Double) -> (low: Double, high: Double) {
        (quantile(sorted: sorted, p: (1 - level) / 2), quantile(sorted: sorted, p: (1 + level) / 2))
    }

    /// z₀ = Φ⁻¹(#{θ*_b ≤ θ̂}/B); ±infinity when no or every replicate is at most θ̂.
    static func biasCorrection(sorted: [Double], estimate: Double) -> Double {
        let below = sorted.reduce(0) { $0 + ($1 <= estimate ? 1 : 0) }
        return StandardNormal.quantile(Double(below) / Double(sorted.count))
    }

    /// The BC interval (acceleration 0) or the BCa interval (acceleration a).
    static func biasCorrected(sorted: [Double], estimate: Double, acceleration: Double = 0, level: Double) -> (low: Double, high: Double)? {
        let z0 = biasCorrection(sorted: sorted, estimate: estimate)
        guard z0.isFinite, acceleration.isFinite else { return nil }
        let z = StandardNormal.quantile((1 + level) / 2)
        func adjusted(_ zAlpha: Double) -> Double {
            StandardNormal.cdf(z0 + (z0 + zAlpha) / (1 - acceleration * (z0 + zAlpha)))
        }
        return (quantile(sorted: sorted, p: adjusted(-z)), quantile(sorted: sorted, p: adjusted(z)))
    }

    /// The jackknife acceleration a = Σ dᵢ³ / (6 (Σ dᵢ²)^{3/2}); NaN when the estimates do not vary.
    static func acceleration(jackknife: [Double]) -> Double {
        let mean = jackknife.reduce(0, +) / Double(jackknife.count)
        var squares = 0.0, cubes = 0.0
        for value in jackknife {
            let d = mean - value
            squares += d * d
            cubes += d * d * d
        }
        guard squares > 0 else { return .nan }
        return cubes / (6 * squares * squares.squareRoot())
    }
}
