/// The spectral radius of a non-negative weights matrix — its Perron root, the largest eigenvalue in modulus —
/// matching the largest |eigenvalue| of numpy.linalg.eigvals.
///
/// Symmetric matrices of up to `eigenvalueLimit` units: the largest |eigenvalue| from
/// `SymmetricTridiagonalEigenvalues`. Otherwise
/// power iteration on W + I with Collatz–Wielandt bounds: for positive x, min_i ((W+I)x)_i / x_i ≤ ρ + 1 ≤ max_i
/// ((W+I)x)_i / x_i. The shift keeps x positive and makes the Perron root dominant for periodic (bipartite)
/// patterns; entries that have decayed below 2^-30 of the largest belong to weaker components (islands, separate
/// clusters) and are left out of the lower bound.
enum SpectralRadius {
    static let eigenvalueLimit = 1000
    /// Relative width of the bracket at which the iteration stops.
    static let tolerance = 0x1p-50
    static let maximumIterations = 100_000

    /// ρ(W); fails with `numerical_failure` if the eigenvalues or the bracket do not converge.
    static func of(_ weights: SpatialWeights, at location: String) throws(PanelError) -> Double {
        if weights.inputIsSymmetric && weights.unitCount <= eigenvalueLimit {
            let values: [Double]
            do {
                values = try SymmetricTridiagonalEigenvalues(weights.matrix).values
            } catch {
                throw PanelError(error.code, error.message, at: location)
            }
            return values.reduce(0) { max($0, $1.magnitude) }
        }
        return try powerIteration(weights, at: location)
    }

    private static func powerIteration(_ weights: SpatialWeights, at location: String) throws(PanelError) -> Double {
        let n = weights.unitCount
        var x = [Double](repeating: 1, count: n)
        for _ in 0..<maximumIterations {
            let lag = weights.spatialLag(x)
            var low = Double.infinity, high = 0.0, largest = 0.0
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n {
                next[i] = lag[i] + x[i]
                let ratio = next[i] / x[i]
                if x[i] >= 0x1p-30 { low = min(low, ratio) }
                high = max(high, ratio)
                largest = max(largest, next[i])
            }
            if high - low <= tolerance * high {
                return (low + high) * 0.5 - 1
            }
            x = next.map { max($0 / largest, 0x1p-600) }
        }
        throw PanelError(.numericalFailure, "the spectral radius of the weights did not converge in \(maximumIterations) power iterations",
                         at: location)
    }
}
