/// Global Moran's I and Geary's C of one sample with their moments under normality and under randomisation
/// (Cliff & Ord 1981), as esda `Moran` and `Geary` compute them; the permutation part is added by
/// `SpatialAutocorrelation`.
public struct AutocorrelationTest: Sendable {
    public let statistic: Double
    /// E[I] = −1/(n − 1); E[C] = 1.
    public let expected: Double
    public let varianceNormal: Double
    public let varianceRandomisation: Double
    /// Permutation inference, when replications were asked for.
    public var permutation: PermutationInference?

    public var zNormal: Double { (statistic - expected) / varianceNormal.squareRoot() }
    public var zRandomisation: Double { (statistic - expected) / varianceRandomisation.squareRoot() }
    /// Two-sided p-values 2 Φ(−|z|) (esda's Moran `p_norm`/`p_rand` with `two_tailed=True`; esda's Geary p-values
    /// are one-sided, half of these).
    public var pNormal: Double { 2 * StandardNormal.survival(zNormal.magnitude) }
    public var pRandomisation: Double { 2 * StandardNormal.survival(zRandomisation.magnitude) }
}

/// The statistics themselves, on values laid out block after block (`blocks` × N, the weights applied within each
/// block). The values are centred on their overall mean.
enum GlobalAutocorrelation {
    /// Σ_blocks z_bᵀ W z_b for centred values z.
    static func crossProduct(_ z: [Double], _ weights: SpatialWeights) -> Double {
        let units = weights.unitCount
        var total = 0.0
        for start in stride(from: 0, to: z.count, by: units) {
            for i in 0..<units {
                var lag = 0.0
                for (k, j) in weights.rows[i].neighbours.enumerated() { lag += weights.rows[i].weights[k] * z[start + j] }
                total += z[start + i] * lag
            }
        }
        return total
    }

    /// Σ_blocks Σ_ij w_ij (y_i − y_j)².
    static func squaredDifferences(_ y: [Double], _ weights: SpatialWeights) -> Double {
        let units = weights.unitCount
        var total = 0.0
        for start in stride(from: 0, to: y.count, by: units) {
            for i in 0..<units {
                for (k, j) in weights.rows[i].neighbours.enumerated() {
                    let d = y[start + i] - y[start + j]
                    total += weights.rows[i].weights[k] * d * d
                }
            }
        }
        return total
    }

    static func centred(_ y: [Double]) -> [Double] {
        let mean = y.reduce(0, +) / Double(y.count)
        return y.map { $0 - mean }
    }

    static func sumOfSquares(_ z: [Double]) -> Double { z.reduce(0) { $0 + $1 * $1 } }

    /// I = (n / S0) Σ zᵀWz / Σ z².
    static func moranI(_ y: [Double], _ weights: SpatialWeights, _ m: MoranMoments) -> Double {
        let z = centred(y)
        return m.n / m.s0 * crossProduct(z, weights) / sumOfSquares(z)
    }

    /// C = (n − 1) Σ w_ij (y_i − y_j)² / (2 S0 Σ z²).
    static func gearyC(_ y: [Double], _ weights: SpatialWeights, _ m: MoranMoments) -> Double {
        (m.n - 1) * squaredDifferences(y, weights) / (2 * m.s0 * sumOfSquares(centred(y)))
    }

    /// Sample kurtosis b2 = n Σ z⁴ / (Σ z²)².
    static func kurtosis(_ y: [Double]) -> Double {
        let z = centred(y)
        let z2 = sumOfSquares(z)
        return Double(z.count) * z.reduce(0) { $0 + $1 * $1 * $1 * $1 } / (z2 * z2)
    }

    static func moran(_ y: [Double], _ weights: SpatialWeights, _ m: MoranMoments) -> AutocorrelationTest {
        let n = m.n, s02 = m.s0 * m.s0, b2 = kurtosis(y)
        let e = -1 / (n - 1)
        let normal = (n * n * m.s1 - n * m.s2 + 3 * s02) / ((n * n - 1) * s02) - e * e
        let numerator = n * ((n * n - 3 * n + 3) * m.s1 - n * m.s2 + 3 * s02) - b2 * ((n * n - n) * m.s1 - 2 * n * m.s2 + 6 * s02)
        let randomisation = numerator / ((n - 1) * (n - 2) * (n - 3) * s02) - e * e
        return AutocorrelationTest(statistic: moranI(y, weights, m), expected: e, varianceNormal: normal,
                                   varianceRandomisation: randomisation, permutation: nil)
    }

    static func geary(_ y: [Double], _ weights: SpatialWeights, _ m: MoranMoments) -> AutocorrelationTest {
        let n = m.n, s02 = m.s0 * m.s0, b2 = kurtosis(y)
        let normal = ((2 * m.s1 + m.s2) * (n - 1) - 4 * s02) / (2 * (n + 1) * s02)
        let a = (n - 1) * m.s1 * (n * n - 3 * n + 3 - (n - 1) * b2)
        let b = 0.25 * (n - 1) * m.s2 * (n * n + 3 * n - 6 - (n * n - n + 2) * b2)
        let c = s02 * (n * n - 3 - (n - 1) * (n - 1) * b2)
        let randomisation = (a - b + c) / (n * (n - 2) * (n - 3) * s02)
        return AutocorrelationTest(statistic: gearyC(y, weights, m), expected: 1, varianceNormal: normal,
                                   varianceRandomisation: randomisation, permutation: nil)
    }
}
