/// Average direct, indirect and total effects of each regressor in a spatial lag model (LeSage & Pace 2009, §2.7):
/// direct_k = β_k tr((I − ρW)⁻¹)/N, total_k = β_k 1ᵀ(I − ρW)⁻¹1/N, indirect = total − direct — the long-run effects
/// of seed 003's Table 9 — with standard errors by the delta method or by simulation from N(θ̂, V̂) (LeSage & Pace's
/// and xsmle's `effects`, seeded through `Replications.run`).
public struct SpatialEffects: Sendable {
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

    /// Effects of the regressors of `terms` (estimates β then ρ, covariance V of both). Simulation draws
    /// θ_r = θ̂ + L z_r (V = LLᵀ, z_r standard normal from sub-stream r of `seed`) and reports the standard deviation
    /// (divisor R − 1) of the effects over the draws with admissible ρ.
    public init(terms: [String], estimates: [Double], covariance: Matrix, eigenvalues: SpatialEigenvalues, inference: Inference,
                replications: Int, seed: UInt64, executor: ReplicationExecutor, at location: String) throws(PanelError) {
        let k = terms.count, rho = estimates[k]
        let point = Self.effects(estimates, eigenvalues)
        var errors = [[Double]](repeating: [Double](repeating: 0, count: k), count: 3)
        var used = 0, discarded = 0
        switch inference {
        case .delta:
            let direct = eigenvalues.directMultiplier(rho), total = eigenvalues.totalMultiplier(rho)
            for j in 0..<k {
                let gradients = [(direct.value, estimates[j] * direct.derivative),
                                 (total.value - direct.value, estimates[j] * (total.derivative - direct.derivative)),
                                 (total.value, estimates[j] * total.derivative)]
                for (kind, g) in gradients.enumerated() {
                    let variance = g.0 * g.0 * covariance[j, j] + 2 * g.0 * g.1 * covariance[j, k] + g.1 * g.1 * covariance[k, k]
                    errors[kind][j] = variance.squareRoot()
                }
            }
        case .simulation:
            let factor: Matrix
            do {
                factor = try Cholesky(covariance).lower
            } catch {
                throw PanelError(.numericalFailure, "the covariance of the estimates is not positive definite: effects cannot be simulated", at: location)
            }
            let (low, high) = eigenvalues.admissibleInterval
            let draws = Replications.run(count: replications, seed: seed, executor: executor) { _, stream -> [[Double]]? in
                let z = (0...k).map { _ in stream.nextNormal() }
                var theta = estimates
                for i in 0...k { for j in 0...i { theta[i] += factor[i, j] * z[j] } }
                guard theta[k] > low, theta[k] < high else { return nil }
                return Self.effects(theta, eigenvalues)
            }
            let kept = draws.compactMap { $0 }
            used = kept.count
            discarded = draws.count - kept.count
            guard used > 1 else {
                throw PanelError(.numericalFailure, "fewer than two simulated draws had an admissible rho", at: location)
            }
            for kind in 0..<3 {
                for j in 0..<k {
                    let mean = kept.reduce(0) { $0 + $1[kind][j] } / Double(used)
                    let ss = kept.reduce(0) { $0 + ($1[kind][j] - mean) * ($1[kind][j] - mean) }
                    errors[kind][j] = (ss / Double(used - 1)).squareRoot()
                }
            }
        }
        self.terms = Array(terms)
        direct = (0..<k).map { Estimate(estimate: point[0][$0], standardError: errors[0][$0]) }
        indirect = (0..<k).map { Estimate(estimate: point[1][$0], standardError: errors[1][$0]) }
        total = (0..<k).map { Estimate(estimate: point[2][$0], standardError: errors[2][$0]) }
        self.inference = inference
        self.replications = used
        self.discardedDraws = discarded
    }

    /// [direct, indirect, total] × regressors at θ = (β, ρ).
    static func effects(_ theta: [Double], _ eigenvalues: SpatialEigenvalues) -> [[Double]] {
        let rho = theta[theta.count - 1], beta = theta.dropLast()
        let direct = eigenvalues.directMultiplier(rho).value, total = eigenvalues.totalMultiplier(rho).value
        return [beta.map { $0 * direct }, beta.map { $0 * (total - direct) }, beta.map { $0 * total }]
    }
}
