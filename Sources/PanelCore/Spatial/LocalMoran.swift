/// Local Moran's I (LISA, Anselin 1995) of one cross-section, as esda `Moran_Local` computes it: z = (y − ȳ) / sd(y)
/// (divisor n), I_i = (n − 1) z_i (Wz)_i / Σ z², the moments under total randomisation (esda `EI`, `VI`), the Moran
/// scatter-plot quadrant and — with replications — conditional-permutation pseudo p-values (esda `p_sim`).
public struct LocalMoran: Sendable {
    /// Moran scatter-plot quadrant of a unit: its standardised value and spatial lag above (H) or not above (L) zero.
    public enum Quadrant: String, Sendable {
        case highHigh = "HH", lowHigh = "LH", lowLow = "LL", highLow = "HL"
    }

    /// One unit's row: the Moran scatter-plot point (z, Wz), its local statistic and inference.
    public struct Unit: Sendable {
        public let z: Double
        public let spatialLag: Double
        public let statistic: Double
        public let expected: Double
        public let variance: Double
        public let quadrant: Quadrant
        public var permutation: PermutationInference?

        /// (I_i − E I_i) / √Var I_i and its two-sided normal p-value.
        public var zRandomisation: Double { (statistic - expected) / variance.squareRoot() }
        public var pRandomisation: Double { 2 * StandardNormal.survival(zRandomisation.magnitude) }
    }

    public let units: [Unit]

    /// LISA of `y` (one value per unit, weights order). Replication r redraws, for every unit i, its |N(i)| neighbour
    /// values from the other n − 1 units without replacement (conditional randomisation), with sub-stream r of `seed`,
    /// within `budget` (`time_limit` at `location`).
    public init(_ y: [Double], weights: SpatialWeights, replications: Int, seed: UInt64, executor: ReplicationExecutor,
                budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil, at location: String = "") throws(PanelError) {
        let n = y.count, n1 = Double(n - 1)
        let centred = GlobalAutocorrelation.centred(y)
        let sd = (GlobalAutocorrelation.sumOfSquares(centred) / Double(n)).squareRoot()
        let z = centred.map { $0 / sd }
        let lag = weights.spatialLag(z)
        let denominator = GlobalAutocorrelation.sumOfSquares(z)
        let m2 = denominator / Double(n)
        let b2 = z.reduce(0) { $0 + $1 * $1 * $1 * $1 } / Double(n) / (m2 * m2)
        let permuted = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
            (0..<n).map { i in
                let row = weights.rows[i]
                var others = Array(0..<n)
                others.swapAt(i, n - 1)
                var sum = 0.0
                for k in 0..<row.neighbours.count {
                    let pick = k + stream.nextInt(below: n - 1 - k)
                    others.swapAt(k, pick)
                    sum += row.weights[k] * z[others[k]]
                }
                return n1 * z[i] * sum / denominator
            }
        }
        units = (0..<n).map { i in
            let w = weights.rows[i].weights
            let wi = w.reduce(0, +), wi2 = w.reduce(0) { $0 + $1 * $1 }
            let expected = -wi / n1
            var variance = wi2 * (Double(n) - b2) / n1
            variance += (wi * wi - wi2) * (2 * b2 - Double(n)) / (n1 * Double(n - 2))
            variance -= expected * expected
            let statistic = n1 * z[i] * lag[i] / denominator
            let quadrant: Quadrant = z[i] > 0 ? (lag[i] > 0 ? .highHigh : .highLow) : (lag[i] > 0 ? .lowHigh : .lowLow)
            var unit = Unit(z: z[i], spatialLag: lag[i], statistic: statistic, expected: expected, variance: variance,
                            quadrant: quadrant, permutation: nil)
            if replications > 0 {
                unit.permutation = PermutationInference(observed: statistic, permuted: permuted.map { $0[i] })
            }
            return unit
        }
    }
}
