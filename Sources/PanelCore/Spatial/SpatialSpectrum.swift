/// The spectrum of a weights matrix that is symmetric or similar to a symmetric one — a symmetric matrix as given or
/// spectrally scaled, or D⁻¹C row-standardised from a symmetric C, similar to S = D^½ W D^-½ with S_ij = √(w_ij w_ji) —
/// as quadrature nodes θ_k with weights ω_k, tr f(W) ≈ Σ_k ω_k f(θ_k): log|I − ρW| = Σ log(1 − ρλ_i) (Ord 1975), the
/// score's trace, the effects' multipliers and the admissible interval (1/λ_min, 1/λ_max) of ρ.
///
/// Two constructions: the exact eigenvalues (`init(_:at:)`, `SymmetricTridiagonalEigenvalues`, ω = 1, O(N³), up to
/// `unitLimit` units) and stochastic Lanczos quadrature (`init(_:lanczos:at:)`, O(N² · probes · steps), up to
/// `lanczosUnitLimit` units; `SpatialSpectrum+Lanczos.swift`).
public struct SpatialSpectrum: Sendable {
    /// Largest number of units for the eigenvalue method (O(N³) once per model; about a second at 1000 units).
    public static let unitLimit = 1000
    /// The nodes θ_k: the real eigenvalues, descending, for the exact construction; Ritz values for Lanczos.
    public let values: [Double]
    /// The weights ω_k of the nodes (all one for the exact construction).
    public let weights: [Double]
    /// N, the number of units (Σ_k ω_k ≈ N).
    public let unitCount: Int
    /// Whether every row of W sums to one (row standardisation), so that (I − ρW)⁻¹1 = 1/(1 − ρ).
    public let rowsSumToOne: Bool
    /// How the nodes were computed.
    public let method: LogDeterminantMethod
    /// (1/λ_min, 1/λ_max): the interval of ρ on which I − ρW is non-singular and contains 0 (an estimate from the
    /// extreme Ritz values on the Lanczos path, except 1/λ_max = 1 for row-standardised weights).
    public let admissibleInterval: (low: Double, high: Double)
    /// For a symmetric W (no or spectral standardisation): nodes and weights c_k with 1ᵀf(W)1 ≈ Σ_k c_k f(θ_k) — the
    /// eigenvalues with (1ᵀv_k)² of each unit eigenvector v_k, or the Gauss quadrature of a Lanczos run from 1/√N.
    let onesNodes: [Double]
    let onesWeights: [Double]

    /// The exact eigenvalues. Fails with `invalid_option` at `location` when the raw matrix was not symmetric (its
    /// eigenvalues may be complex), `too_large` when it has more than `unitLimit` units.
    public init(_ weights: SpatialWeights, at location: String) throws(PanelError) {
        try Self.requireSymmetric(weights, at: location)
        guard weights.unitCount <= Self.unitLimit else {
            throw PanelError(.tooLarge, "spatial models support up to \(Self.unitLimit) units with log-determinants by eigenvalues "
                             + "(use \"log_determinant\": \"lanczos\" or \"auto\" above)", at: location)
        }
        let n = weights.unitCount
        let decomposition: SymmetricTridiagonalEigenvalues
        do {
            decomposition = try SymmetricTridiagonalEigenvalues(Self.symmetrised(weights), projecting: [Double](repeating: 1, count: n))
        } catch {
            throw PanelError(error.code, error.message, at: location)
        }
        values = decomposition.values
        self.weights = [Double](repeating: 1, count: n)
        unitCount = n
        rowsSumToOne = weights.standardisation == .row
        method = .eigenvalues
        admissibleInterval = (1 / (values.last ?? -1), 1 / (values.first ?? 1))
        onesNodes = values
        onesWeights = decomposition.projections
    }

    /// Fails with `invalid_option` at `location` unless the raw matrix was symmetric.
    static func requireSymmetric(_ weights: SpatialWeights, at location: String) throws(PanelError) {
        guard weights.inputIsSymmetric else {
            throw PanelError(.invalidOption, "spatial models need weights built from a symmetric matrix (contiguity, distance, economic distance); "
                             + "these weights are not symmetric (e.g. knn): their eigenvalues can be complex", at: location)
        }
    }

    /// S with S_ij = √(w_ij w_ji), symmetric and similar to W.
    static func symmetrised(_ weights: SpatialWeights) -> Matrix {
        let n = weights.unitCount
        var s = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n { s[i, j] = (weights.matrix[i, j] * weights.matrix[j, i]).squareRoot() }
        }
        return s
    }

    /// tr((I − ρW)⁻¹ W^power)/N and its derivative in ρ, power 0 or 1: the average direct-effect multipliers of X and
    /// of WX (LeSage & Pace 2009, §2.7).
    public func directMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        average(rho, power: power, nodes: values, weights: weights)
    }

    /// 1ᵀ(I − ρW)⁻¹W^power 1/N and its derivative in ρ, power 0 or 1: the average total-effect multipliers of X and
    /// of WX (1/(1 − ρ) for row-standardised W, whose rows sum to one).
    public func totalMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        if rowsSumToOne { return (1 / (1 - rho), 1 / ((1 - rho) * (1 - rho))) }
        return average(rho, power: power, nodes: onesNodes, weights: onesWeights)
    }

    /// Σ_k c_k λ_k^power / (1 − ρλ_k) / N and its ρ-derivative.
    private func average(_ rho: Double, power: Int, nodes: [Double], weights: [Double]) -> (value: Double, derivative: Double) {
        var value = 0.0, derivative = 0.0
        for (k, lambda) in nodes.enumerated() {
            let inverse = 1 / (1 - rho * lambda)
            let weight = weights[k] * (power == 1 ? lambda : 1)
            value += weight * inverse
            derivative += weight * lambda * inverse * inverse
        }
        return (value / Double(unitCount), derivative / Double(unitCount))
    }

    /// Σ_k ω_k term(θ_k): tr f(W) for f = `term` (e.g. Σ λ/(1 − ρλ) = tr W(I − ρW)⁻¹, the score's trace).
    public func sum(_ term: (Double) -> Double) -> Double {
        var total = 0.0
        for (k, lambda) in values.enumerated() { total += weights[k] * term(lambda) }
        return total
    }

    /// log|I − ρW| = Σ ω_k log(1 − ρθ_k); −infinity at or beyond the edge of the admissible interval.
    public func logDeterminant(_ rho: Double) -> Double {
        var sum = 0.0
        for (k, lambda) in values.enumerated() {
            let factor = 1 - rho * lambda
            guard factor > 0 else { return -.infinity }
            sum += weights[k] * Elementary.log(factor)
        }
        return sum
    }
}
