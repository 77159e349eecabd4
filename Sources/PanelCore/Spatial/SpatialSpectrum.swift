/// The spectrum of a weights matrix as quadrature nodes θ_k with weights ω_k, tr f(W) ≈ Σ_k ω_k f(θ_k), plus, for a
/// matrix that was not symmetric, its complex eigenvalues by conjugate pairs: log|I − ρW| = Σ log|1 − ρλ_i| (Ord
/// 1975), the score's traces, the effects' multipliers and the admissible interval (1/λ_min, 1/λ_max) of ρ.
///
/// Three constructions: the exact eigenvalues of a matrix that is symmetric or similar to a symmetric one — a
/// symmetric matrix as given or spectrally scaled, or D⁻¹C row-standardised from a symmetric C, similar to
/// S = D^½ W D^-½ with S_ij = √(w_ij w_ji) — (`init(_:at:)`, `SymmetricTridiagonalEigenvalues`, ω = 1, O(N³)); the
/// exact real and complex eigenvalues of any other W (`init(_:at:)`, `RealEigenvalues`,
/// `SpatialSpectrum+NonSymmetric.swift`), both up to `unitLimit` units; and stochastic Lanczos quadrature for the
/// symmetric kind only (`init(_:lanczos:at:)`, O(N² · probes · steps), up to `lanczosUnitLimit` units;
/// `SpatialSpectrum+Lanczos.swift`).
public struct SpatialSpectrum: Sendable {
    /// Largest number of units for the eigenvalue method (O(N³) once per model; about a second at 1000 units).
    public static let unitLimit = 1000
    /// The nodes θ_k: the real eigenvalues, descending, for the exact constructions; Ritz values for Lanczos.
    public let values: [Double]
    /// The weights ω_k of the nodes (all one for the exact construction).
    public let weights: [Double]
    /// N, the number of units (Σ_k ω_k ≈ N).
    public let unitCount: Int
    /// The complex eigenvalues of a W that was not symmetric, one of each conjugate pair (imaginary part > 0, each
    /// standing for two), in descending order of real part; empty otherwise.
    let complexPairs: [ComplexNumber]
    /// c when W1 = c1 is known (1 under row standardisation; equal row sums of a W that was not symmetric), so that
    /// (I − ρW)⁻¹1 = 1/(1 − ρc); nil otherwise.
    let constantRowSum: Double?
    /// Whether every row of W sums to one (row standardisation), so that (I − ρW)⁻¹1 = 1/(1 − ρ).
    public var rowsSumToOne: Bool { constantRowSum == 1 }
    /// How the nodes were computed.
    public let method: LogDeterminantMethod
    /// (1/λ_min, 1/λ_max): the interval of ρ on which I − ρW is non-singular and contains 0 (an estimate from the
    /// extreme Ritz values on the Lanczos path, except 1/λ_max = 1 for row-standardised weights).
    public let admissibleInterval: (low: Double, high: Double)
    /// For a symmetric W (no or spectral standardisation): nodes and weights c_k with 1ᵀf(W)1 ≈ Σ_k c_k f(θ_k) — the
    /// eigenvalues with (1ᵀv_k)² of each unit eigenvector v_k, or the Gauss quadrature of a Lanczos run from 1/√N.
    let onesNodes: [Double]
    let onesWeights: [Double]

    /// The exact eigenvalues: of the symmetric S when the raw matrix was symmetric, of W itself (`init(nonSymmetric:at:)`)
    /// otherwise. Fails with `too_large` at `location` when W has more than `unitLimit` units.
    public init(_ weights: SpatialWeights, at location: String) throws(PanelError) {
        guard weights.unitCount <= Self.unitLimit else {
            throw PanelError(.tooLarge, "spatial models support up to \(Self.unitLimit) units with log-determinants by eigenvalues "
                             + (weights.inputIsSymmetric ? "(use \"log_determinant\": \"lanczos\" or \"auto\" above)"
                                : "(weights that are not symmetric, e.g. knn, have no Lanczos path)"), at: location)
        }
        if weights.inputIsSymmetric {
            try self.init(symmetric: weights, at: location)
        } else {
            try self.init(nonSymmetric: weights, at: location)
        }
    }

    /// All the stored properties, for the constructions in other files.
    init(values: [Double], weights: [Double], complexPairs: [ComplexNumber], unitCount: Int, constantRowSum: Double?,
         method: LogDeterminantMethod, admissibleInterval: (low: Double, high: Double), onesNodes: [Double], onesWeights: [Double]) {
        self.values = values
        self.weights = weights
        self.complexPairs = complexPairs
        self.unitCount = unitCount
        self.constantRowSum = constantRowSum
        self.method = method
        self.admissibleInterval = admissibleInterval
        self.onesNodes = onesNodes
        self.onesWeights = onesWeights
    }

    /// The eigenvalues of S = D^½ W D^-½ (symmetric raw matrix) with the projections of the ones vector.
    private init(symmetric weights: SpatialWeights, at location: String) throws(PanelError) {
        let n = weights.unitCount
        let decomposition: SymmetricTridiagonalEigenvalues
        do {
            decomposition = try SymmetricTridiagonalEigenvalues(Self.symmetrised(weights), projecting: [Double](repeating: 1, count: n))
        } catch {
            throw PanelError(error.code, error.message, at: location)
        }
        let row = weights.standardisation == .row
        self.init(values: decomposition.values, weights: [Double](repeating: 1, count: n), complexPairs: [], unitCount: n,
                  constantRowSum: row ? 1 : nil, method: .eigenvalues,
                  admissibleInterval: (1 / (decomposition.values.last ?? -1), 1 / (decomposition.values.first ?? 1)),
                  onesNodes: decomposition.values, onesWeights: decomposition.projections)
    }

    /// Fails with `invalid_option` at `location` unless the raw matrix was symmetric (what the Lanczos path needs).
    static func requireSymmetric(_ weights: SpatialWeights, at location: String) throws(PanelError) {
        guard weights.inputIsSymmetric else {
            throw PanelError(.invalidOption, "the Lanczos log-determinant needs weights built from a symmetric matrix (contiguity, distance, "
                             + "economic distance); these weights are not symmetric (e.g. knn): use \"log_determinant\": \"eigenvalues\" "
                             + "(up to \(unitLimit) units)", at: location)
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
    /// of WX (LeSage & Pace 2009, §2.7), Σ Re λ^power/(1 − ρλ) / N over complex eigenvalues too.
    public func directMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        let real = average(rho, power: power, nodes: values, weights: weights)
        guard !complexPairs.isEmpty else { return real }
        let n = Double(unitCount)
        return (real.value + pairSum(rho, power: power, denominatorPower: 1) / n,
                real.derivative + pairSum(rho, power: power + 1, denominatorPower: 2) / n)
    }

    /// Whether `totalMultiplier` is available: always for a symmetric raw matrix; for a W that was not symmetric only
    /// when its rows sum to a constant.
    public var hasTotalMultiplier: Bool { constantRowSum != nil || !onesNodes.isEmpty }

    /// 1ᵀ(I − ρW)⁻¹W^power 1/N and its derivative in ρ, power 0 or 1: the average total-effect multipliers of X and
    /// of WX (1/(1 − ρ) for row-standardised W, whose rows sum to one; c^power/(1 − ρc) when the rows of a W that was
    /// not symmetric sum to c). Needs `hasTotalMultiplier`.
    public func totalMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        if let c = constantRowSum {
            let scale = power == 1 ? c : 1, factor = 1 - rho * c
            return (scale / factor, scale * c / (factor * factor))
        }
        precondition(hasTotalMultiplier, "the total multiplier of weights that are not symmetric needs equal row sums")
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

    /// Σ_k ω_k Re θ_k^power / (1 − ρθ_k)^denominatorPower over the nodes and both members of each conjugate pair:
    /// tr W^p(I − ρW)⁻q, e.g. (1, 1) the score's trace tr W(I − ρW)⁻¹, (2, 2) the curvature's tr W²(I − ρW)⁻².
    public func rationalSum(_ rho: Double, power: Int, denominatorPower: Int) -> Double {
        var total = 0.0
        for (k, lambda) in values.enumerated() {
            var numerator = 1.0, denominator = 1.0
            for _ in 0..<power { numerator *= lambda }
            for _ in 0..<denominatorPower { denominator *= 1 - rho * lambda }
            total += weights[k] * (numerator / denominator)
        }
        return complexPairs.isEmpty ? total : total + pairSum(rho, power: power, denominatorPower: denominatorPower)
    }

    /// log|I − ρW| = Σ ω_k log(1 − ρθ_k) + Σ_pairs log|1 − ρλ|²; −infinity at or beyond the edge of the admissible
    /// interval.
    public func logDeterminant(_ rho: Double) -> Double {
        var sum = 0.0
        for (k, lambda) in values.enumerated() {
            let factor = 1 - rho * lambda
            guard factor > 0 else { return -.infinity }
            sum += weights[k] * Elementary.log(factor)
        }
        return complexPairs.isEmpty ? sum : sum + pairLogDeterminant(rho)
    }
}
