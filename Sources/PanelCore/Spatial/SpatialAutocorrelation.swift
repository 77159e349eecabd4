/// Global Moran's I and Geary's C by period (seed 003, Table 7) or pooled over the periods (I_T ⊗ W), with normal,
/// randomisation and — when `replications` > 0 — permutation inference, the permutations drawn through
/// `Replications.run` so every platform and executor gives the same p-values.
public struct SpatialAutocorrelation: Sendable {
    /// One sample: a period (nil for the pooled sample or a cross-section) and its two statistics.
    public struct Sample: Sendable {
        public let period: Int?
        public let unitCount: Int
        public let moran: AutocorrelationTest
        public let geary: AutocorrelationTest
    }

    public let samples: [Sample]
    public let pooled: Bool

    /// Computes the statistics of `data` on `weights`; with `pooled`, one sample stacking all periods, the values
    /// permuted across all unit-periods. Replication r permutes each sample with sub-stream r of `seed`, within
    /// `budget` (`time_limit` at `location`).
    public init(_ data: UnitPeriodValues, weights: SpatialWeights, pooled: Bool, replications: Int, seed: UInt64,
                executor: ReplicationExecutor, budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil,
                at location: String = "") throws(PanelError) {
        let vectors: [[Double]] = pooled ? [data.values.flatMap { $0 }] : data.values
        let moments = vectors.map { MoranMoments(weights, blocks: $0.count / weights.unitCount) }
        let permuted = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
            vectors.indices.flatMap { k in
                let y = PermutationInference.shuffled(vectors[k], &stream)
                return [GlobalAutocorrelation.moranI(y, weights, moments[k]), GlobalAutocorrelation.gearyC(y, weights, moments[k])]
            }
        }
        samples = vectors.indices.map { k in
            var moran = GlobalAutocorrelation.moran(vectors[k], weights, moments[k])
            var geary = GlobalAutocorrelation.geary(vectors[k], weights, moments[k])
            if replications > 0 {
                moran.permutation = PermutationInference(observed: moran.statistic, permuted: permuted.map { $0[2 * k] })
                geary.permutation = PermutationInference(observed: geary.statistic, permuted: permuted.map { $0[2 * k + 1] })
            }
            return Sample(period: pooled ? nil : data.periods[k], unitCount: vectors[k].count, moran: moran, geary: geary)
        }
        self.pooled = pooled
    }
}
