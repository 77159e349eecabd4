/// The eigenvalues of a weights matrix that is symmetric or similar to a symmetric one — a symmetric matrix as
/// given or spectrally scaled, or D⁻¹C row-standardised from a symmetric C, similar to S = D^½ W D^-½ with
/// S_ij = √(w_ij w_ji) — from `SymmetricTridiagonalEigenvalues` (Householder + implicit QL), for log|I − ρW| = Σ log(1 − ρλ_i) (Ord 1975) and the admissible
/// interval (1/λ_min, 1/λ_max) of ρ.
public struct SpatialSpectrum: Sendable {
    /// Largest number of units for the eigenvalue method (O(N³) once per model; about a second at 1000 units).
    public static let unitLimit = 1000
    /// The real eigenvalues, descending.
    public let values: [Double]
    /// Whether every row of W sums to one (row standardisation), so that (I − ρW)⁻¹1 = 1/(1 − ρ).
    public let rowsSumToOne: Bool
    /// For a symmetric W (no or spectral standardisation): (1ᵀv_k)² of each unit eigenvector v_k, so that
    /// 1ᵀ(I − ρW)⁻¹1 = Σ_k (1ᵀv_k)² / (1 − ρλ_k).
    let onesProjections: [Double]

    /// Fails with `invalid_option` at `location` when the raw matrix was not symmetric (its eigenvalues may be
    /// complex) or has more than `unitLimit` units.
    public init(_ weights: SpatialWeights, at location: String) throws(PanelError) {
        guard weights.inputIsSymmetric else {
            throw PanelError(.invalidOption, "spatial models need weights built from a symmetric matrix (contiguity, distance, economic distance); "
                             + "these weights are not symmetric (e.g. knn): their eigenvalues can be complex", at: location)
        }
        guard weights.unitCount <= Self.unitLimit else {
            throw PanelError(.tooLarge, "spatial models support up to \(Self.unitLimit) units in this build (log-determinant by eigenvalues)", at: location)
        }
        let n = weights.unitCount
        var s = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n { s[i, j] = (weights.matrix[i, j] * weights.matrix[j, i]).squareRoot() }
        }
        let decomposition: SymmetricTridiagonalEigenvalues
        do {
            decomposition = try SymmetricTridiagonalEigenvalues(s, projecting: [Double](repeating: 1, count: n))
        } catch {
            throw PanelError(error.code, error.message, at: location)
        }
        values = decomposition.values
        rowsSumToOne = weights.standardisation == .row
        onesProjections = decomposition.projections
    }

    /// tr((I − ρW)⁻¹ W^power)/N and its derivative in ρ, power 0 or 1: the average direct-effect multipliers of X and
    /// of WX (LeSage & Pace 2009, §2.7).
    public func directMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        average(rho, power: power, projections: nil)
    }

    /// 1ᵀ(I − ρW)⁻¹W^power 1/N and its derivative in ρ, power 0 or 1: the average total-effect multipliers of X and
    /// of WX (1/(1 − ρ) for row-standardised W, whose rows sum to one).
    public func totalMultiplier(_ rho: Double, power: Int = 0) -> (value: Double, derivative: Double) {
        if rowsSumToOne { return (1 / (1 - rho), 1 / ((1 - rho) * (1 - rho))) }
        return average(rho, power: power, projections: onesProjections)
    }

    /// Σ_k c_k λ_k^power / (1 − ρλ_k) / N and its ρ-derivative (c_k = 1 without projections).
    private func average(_ rho: Double, power: Int, projections: [Double]?) -> (value: Double, derivative: Double) {
        var value = 0.0, derivative = 0.0
        for (k, lambda) in values.enumerated() {
            let inverse = 1 / (1 - rho * lambda)
            let weight = (projections?[k] ?? 1) * (power == 1 ? lambda : 1)
            value += weight * inverse
            derivative += weight * lambda * inverse * inverse
        }
        return (value / Double(values.count), derivative / Double(values.count))
    }

    /// Σ_i term(λ_i) over the spectrum: tr f(W) for f = `term` (e.g. Σ λ/(1 − ρλ) = tr W(I − ρW)⁻¹, the score's trace).
    public func sum(_ term: (Double) -> Double) -> Double {
        var total = 0.0
        for lambda in values { total += term(lambda) }
        return total
    }

    /// (1/λ_min, 1/λ_max): the interval of ρ on which I − ρW is non-singular and contains 0.
    public var admissibleInterval: (low: Double, high: Double) {
        (1 / (values.last ?? -1), 1 / (values.first ?? 1))
    }

    /// log|I − ρW| = Σ log(1 − ρλ_i); −infinity at or beyond the edge of the admissible interval.
    public func logDeterminant(_ rho: Double) -> Double {
        var sum = 0.0
        for lambda in values {
            let factor = 1 - rho * lambda
            guard factor > 0 else { return -.infinity }
            sum += Elementary.log(factor)
        }
        return sum
    }
}
