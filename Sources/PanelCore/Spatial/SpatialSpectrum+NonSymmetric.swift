extension SpatialSpectrum {
    /// The exact spectrum of weights that were not symmetric (e.g. k nearest neighbours), whose eigenvalues may be
    /// complex (`RealEigenvalues`, O(10 N³), up to `unitLimit` units): real eigenvalues as nodes of weight one and each
    /// conjugate pair once in `complexPairs`, so that log|I − ρW| = Σ log|1 − ρλ_i| with a pair contributing
    /// log|1 − ρλ|² (Ord 1975; spreg and R spatialreg `method = "eigen"` sum over the complex eigenvalues the same way).
    /// The admissible interval is (1/λ_min, 1/λ_max) over the real eigenvalues (LeSage & Pace 2009, §4.1): 1 − ρλ
    /// vanishes only at ρ = 1/λ for a real λ, and a non-negative W has its spectral radius as a real eigenvalue.
    /// The total multiplier needs W1 = c1: known for row standardisation, detected otherwise (equal row sums to 1e-12
    /// relative, e.g. unweighted or spectrally scaled knn); without it `hasTotalMultiplier` is false. Fails with
    /// `too_large` above `unitLimit` units and `numerical_failure` if the eigenvalue iteration fails.
    init(nonSymmetric weights: SpatialWeights, at location: String) throws(PanelError) {
        let n = weights.unitCount
        let eigenvalues: RealEigenvalues
        do {
            eigenvalues = try RealEigenvalues(weights.matrix)
        } catch {
            throw PanelError(error.code, error.message, at: location)
        }
        var real: [Double] = [], pairs: [ComplexNumber] = []
        for k in 0..<n where eigenvalues.imaginary[k] >= 0 {
            if eigenvalues.imaginary[k] == 0 {
                real.append(eigenvalues.real[k])
            } else {
                pairs.append(ComplexNumber(eigenvalues.real[k], eigenvalues.imaginary[k]))
            }
        }
        let row = weights.standardisation == .row
        self.init(values: real, weights: [Double](repeating: 1, count: real.count), complexPairs: pairs, unitCount: n,
                  constantRowSum: row ? 1 : Self.constantRowSum(weights), method: .eigenvalues,
                  admissibleInterval: (1 / (real.last ?? -1), 1 / (real.first ?? 1)), onesNodes: [], onesWeights: [])
    }

    /// c when every row of W sums to c within 1e-12 relative (the first row's sum), nil otherwise.
    static func constantRowSum(_ weights: SpatialWeights) -> Double? {
        let sums = weights.rows.map { $0.weights.reduce(0, +) }
        guard let first = sums.first else { return nil }
        for sum in sums where (sum - first).magnitude > 1e-12 * first.magnitude { return nil }
        return first
    }

    /// Σ over the conjugate pairs of 2 Re(λ^power / (1 − ρλ)^denominatorPower): their part of a rational spectral sum.
    func pairSum(_ rho: Double, power: Int, denominatorPower: Int) -> Double {
        var total = 0.0
        for lambda in complexPairs {
            let factor = ComplexNumber(1, 0) - ComplexNumber(rho, 0) * lambda
            total += 2 * (lambda.power(power) / factor.power(denominatorPower)).real
        }
        return total
    }

    /// Σ over the conjugate pairs of log|1 − ρλ|² (both members of each pair).
    func pairLogDeterminant(_ rho: Double) -> Double {
        var total = 0.0
        for lambda in complexPairs {
            total += Elementary.log((ComplexNumber(1, 0) - ComplexNumber(rho, 0) * lambda).squaredModulus)
        }
        return total
    }
}
