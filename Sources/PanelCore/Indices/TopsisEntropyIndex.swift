/// TOPSIS with entropy weights (Hwang & Yoon 1981 on the entropy-weighted range-normalised matrix): v_ij = w_j x_ij,
/// ideal v⁺_j = max_i v_ij, anti-ideal v⁻_j = min_i v_ij, distances D⁺_i = ‖v_i − v⁺‖, D⁻_i = ‖v_i − v⁻‖ and
/// closeness C_i = D⁻_i / (D⁺_i + D⁻_i) in [0, 1]. Grouped weighting takes the ideals within each group;
/// hierarchical weighting uses the whole-index weights (dimension weight × within-dimension weight).
public enum TopsisEntropyIndex {
    /// Closeness scores and the entropy weight table; inputs and errors as in `EntropyIndex.compute`.
    public static func compute(
        _ values: [[Double]], indicators: [IndexIndicator], options: EntropyIndex.Options, at location: String
    ) throws(PanelError) -> CompositeIndex {
        let weighting = try EntropyWeighting(values, indicators: indicators, options: options, at: location)
        let scores = weighting.scores(observationCount: values[0].count, closeness)
        let note = "TOPSIS closeness D⁻/(D⁺ + D⁻) on the entropy-weighted normalised (unshifted) values"
        return CompositeIndex(scores: scores, weights: weighting.table,
                              dimensionWeights: weighting.dimensionWeights, notes: weighting.notes + [note])
    }

    private static func closeness(_ block: WeightedBlock) -> [Double] {
        let weighted = zip(block.normalised, block.weights).map { column, w in column.map { w * $0 } }
        let best = weighted.map { $0.max()! }
        let worst = weighted.map { $0.min()! }
        return block.rows.indices.map { i in
            var toBest = 0.0
            var toWorst = 0.0
            for j in weighted.indices {
                let above = weighted[j][i] - best[j]
                let below = weighted[j][i] - worst[j]
                toBest += above * above
                toWorst += below * below
            }
            let dPlus = toBest.squareRoot()
            let dMinus = toWorst.squareRoot()
            return dMinus / (dPlus + dMinus)
        }
    }
}
