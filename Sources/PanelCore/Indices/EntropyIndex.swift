/// The entropy-method composite index of seed 003 §4.2.1 (Table 1): range-normalised indicators, entropy
/// weights, score_i = Σ_j w_j x_ij with x the unshifted normalised values (the shift enters the entropy only).
public enum EntropyIndex {
    /// How the entropy weights are formed.
    public struct Options: Equatable, Sendable {
        /// Added to every normalised value before the proportions (the usual "+0.0001"); 0 is allowed, then
        /// p ln p with p = 0 counts 0.
        public var shift: Double = 0.0001
        /// Group label per observation: weights computed within each group (e.g. year by year, normalisation
        /// included) and applied within it; nil = pooled.
        public var groupOf: [Int]? = nil
        /// Entropy weights within each dimension, then across the dimension sub-indices.
        public var hierarchical = false

        public init() {}
    }

    /// `values[j]` is indicator j over the observations (no missing values — the caller drops or imputes first).
    /// Throws `.invalidData` for a non-finite value, a ragged column, fewer than two observations (in a group),
    /// or a constant indicator (named); `.invalidOption` for a bad shift, groupOf length or missing dimension.
    public static func compute(
        _ values: [[Double]], indicators: [IndexIndicator], options: Options, at location: String
    ) throws(PanelError) -> CompositeIndex {
        let weighting = try EntropyWeighting(values, indicators: indicators, options: options, at: location)
        let scores = weighting.scores(observationCount: values[0].count) { block in
            WeightedSum.rows(of: block.normalised, weights: block.weights)
        }
        return CompositeIndex(scores: scores, weights: weighting.table,
                              dimensionWeights: weighting.dimensionWeights, notes: weighting.notes)
    }
}
