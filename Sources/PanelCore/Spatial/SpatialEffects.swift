/// Average direct, indirect and total effects of each regressor in a spatial lag (SAR) or spatial Durbin (SDM) model
/// (LeSage & Pace 2009, §2.7): with A = I − ρW, direct_j = (β_j tr(A⁻¹) + θ_j tr(A⁻¹W))/N, total_j = (β_j 1ᵀA⁻¹1 +
/// θ_j 1ᵀA⁻¹W1)/N, indirect = total − direct (θ_j = 0 in the SAR) — the long-run effects of seed 003's Table 9 — with
/// standard errors by the delta method or by simulation from N(θ̂, V̂) (LeSage & Pace's and xsmle's `effects`, seeded
/// through `Replications.run`).
public struct SpatialEffects: Sendable {
    /// How the effects' standard errors are computed.
    public enum Inference: String, Sendable {
        case delta, simulation
    }

    /// One effect of one regressor: the estimate at θ̂ and its standard error.
    public struct Estimate: Sendable {
        public let estimate: Double
        public let standardError: Double
    }

    public let terms: [String]
    public let direct: [Estimate]
    public let indirect: [Estimate]
    public let total: [Estimate]
    public let inference: Inference
    /// Simulation: draws used and draws discarded because ρ fell outside its admissible interval.
    public let replications: Int
    public let discardedDraws: Int

    /// Effects of the k regressors `terms`; `estimates` are β (k), then θ (k, the WX coefficients) when `durbin`,
    /// then ρ, with covariance V. Simulation draws θ_r = θ̂ + L z_r (V = LLᵀ, z_r standard normal from sub-stream r of
    /// `seed`) and reports the standard deviation (divisor R − 1) of the effects over the draws with admissible ρ.
    public init(terms: [String], estimates: [Double], covariance: Matrix, durbin: Bool, eigenvalues: SpatialSpectrum,
                inference: Inference, replications: Int, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget = .unlimited,
                shards: ReplicationShards? = nil, at location: String) throws(PanelError) {
        let k = terms.count, (low, high) = eigenvalues.admissibleInterval
        try self.init(terms: terms, estimates: estimates, covariance: covariance, inference: inference, replications: replications,
                      seed: seed, executor: executor, budget: budget, shards: shards, at: location,
                      admissible: { theta in theta[theta.count - 1] > low && theta[theta.count - 1] < high },
                      values: { theta in Self.effects(theta, k: k, durbin: durbin, eigenvalues) },
                      gradient: { theta, j, kind in Self.gradient(theta, k: k, j: j, kind: kind, durbin: durbin, eigenvalues) })
    }

    /// Effects given as functions of the estimates: `values(θ)` the [direct, indirect, total] × regressors matrix,
    /// `gradient(θ, j, kind)` the gradient of effect `kind` (0 direct, 1 indirect, 2 total) of regressor j, and
    /// `admissible(θ)` whether a simulated draw lies where the effects exist (others are discarded).
    init(terms: [String], estimates: [Double], covariance: Matrix, inference: Inference, replications: Int, seed: UInt64,
         executor: ReplicationExecutor, budget: TimeBudget, shards: ReplicationShards?, at location: String,
         admissible: ([Double]) -> Bool, values: ([Double]) -> [[Double]], gradient: ([Double], Int, Int) -> [Double]) throws(PanelError) {
        let k = terms.count, p = estimates.count
        let point = values(estimates)
        var errors = [[Double]](repeating: [Double](repeating: 0, count: k), count: 3)
        var used = 0, discarded = 0
        switch inference {
        case .delta:
            for j in 0..<k {
                for kind in 0..<3 {
                    let g = gradient(estimates, j, kind)
                    var variance = 0.0
                    for a in 0..<p { for b in 0..<p { variance += g[a] * covariance[a, b] * g[b] } }
                    errors[kind][j] = variance.squareRoot()
                }
            }
        case .simulation:
            try Replications.requireStorage(count: replications, valuesEach: 3 * k, at: location + "/options/replications")
            let factor: Matrix
            do {
                factor = try Cholesky(covariance).lower
            } catch {
                throw PanelError(.numericalFailure, "the covariance of the estimates is not positive definite: effects cannot be simulated", at: location)
            }
            let draws = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream -> [Double]? in
                let z = (0..<p).map { _ in stream.nextNormal() }
                var theta = estimates
                for i in 0..<p { for j in 0...i { theta[i] += factor[i, j] * z[j] } }
                guard admissible(theta) else { return nil }
                return values(theta).flatMap { $0 }
            }
            let kept = draws.compactMap { $0 }
            used = kept.count
            discarded = draws.count - kept.count
            guard used > 1 else {
                throw PanelError(.numericalFailure, "fewer than two simulated draws had an admissible rho", at: location)
            }
            for kind in 0..<3 {
                for j in 0..<k {
                    let mean = kept.reduce(0) { $0 + $1[kind * k + j] } / Double(used)
                    let ss = kept.reduce(0) { $0 + ($1[kind * k + j] - mean) * ($1[kind * k + j] - mean) }
                    errors[kind][j] = (ss / Double(used - 1)).squareRoot()
                }
            }
        }
        self.terms = terms
        direct = (0..<k).map { Estimate(estimate: point[0][$0], standardError: errors[0][$0]) }
        indirect = (0..<k).map { Estimate(estimate: point[1][$0], standardError: errors[1][$0]) }
        total = (0..<k).map { Estimate(estimate: point[2][$0], standardError: errors[2][$0]) }
        self.inference = inference
        self.replications = used
        self.discardedDraws = discarded
    }

    /// The multipliers (value, derivative) of β and of θ for effect `kind` (0 direct, 1 indirect, 2 total) at ρ.
    private static func multipliers(_ rho: Double, kind: Int, _ e: SpatialSpectrum) -> (own: (Double, Double), lag: (Double, Double)) {
        let d0 = e.directMultiplier(rho, power: 0), d1 = e.directMultiplier(rho, power: 1)
        let t0 = e.totalMultiplier(rho, power: 0), t1 = e.totalMultiplier(rho, power: 1)
        switch kind {
        case 0: return ((d0.value, d0.derivative), (d1.value, d1.derivative))
        case 1: return ((t0.value - d0.value, t0.derivative - d0.derivative), (t1.value - d1.value, t1.derivative - d1.derivative))
        default: return ((t0.value, t0.derivative), (t1.value, t1.derivative))
        }
    }

    /// [direct, indirect, total] × regressors at θ = (β, θ?, ρ).
    static func effects(_ theta: [Double], k: Int, durbin: Bool, _ e: SpatialSpectrum) -> [[Double]] {
        let rho = theta[theta.count - 1]
        return (0..<3).map { kind in
            let m = multipliers(rho, kind: kind, e)
            var values: [Double] = []
            for j in 0..<k {
                let lagged: Double = durbin ? theta[k + j] * m.lag.0 : 0
                values.append(theta[j] * m.own.0 + lagged)
            }
            return values
        }
    }

    /// The gradient of effect `kind` of regressor j with respect to (β, θ?, ρ).
    static func gradient(_ theta: [Double], k: Int, j: Int, kind: Int, durbin: Bool, _ e: SpatialSpectrum) -> [Double] {
        let p = theta.count
        let m = multipliers(theta[p - 1], kind: kind, e)
        var g = [Double](repeating: 0, count: p)
        g[j] = m.own.0
        g[p - 1] = theta[j] * m.own.1
        if durbin {
            g[k + j] = m.lag.0
            g[p - 1] += theta[k + j] * m.lag.1
        }
        return g
    }
}
