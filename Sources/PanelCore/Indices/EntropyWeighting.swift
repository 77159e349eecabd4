/// The rows of one weighting block (all observations, or one group of `groupOf`), their range-normalised
/// indicator columns and the whole-index weight of every indicator within the block.
struct WeightedBlock {
    let rows: [Int]
    let normalised: [[Double]]
    let weights: [Double]
    let entropies: [Double]
    let divergences: [Double]
    /// One weight per dimension of `IndicatorDimensions` (empty unless hierarchical).
    let dimensionWeights: [Double]
}

/// Entropy weights of seed 003 §4.2.1, pooled or within each group, flat or hierarchical by dimension; shared
/// by `EntropyIndex` and `TopsisEntropyIndex`. With several groups the weight table holds the unweighted means
/// of the groups' entropies, divergences and weights.
struct EntropyWeighting {
    let blocks: [WeightedBlock]
    let table: [IndicatorWeight]
    let dimensionWeights: [(dimension: String, weight: Double)]
    let notes: [String]

    init(
        _ values: [[Double]], indicators: [IndexIndicator], options: EntropyIndex.Options, at location: String
    ) throws(PanelError) {
        let count = try IndexInput.validatedObservationCount(values, indicators: indicators, at: location)
        guard options.shift.isFinite, options.shift >= 0 else {
            throw PanelError(.invalidOption, "the entropy shift must be finite and non-negative", at: location)
        }
        let dimensions = try IndicatorDimensions(indicators, required: options.hierarchical, at: location)
        let groups = try ObservationGroups(options.groupOf, count: count, at: location)
        var blocks: [WeightedBlock] = []
        for (key, rows) in zip(groups.keys, groups.rows) {
            do throws(PanelError) {
                blocks.append(try EntropyWeighting.block(rows, values, indicators, dimensions, options, location))
            } catch {
                let suffix = groups.keys.count > 1 ? " in group " + String(key) : ""
                throw PanelError(error.code, error.message + suffix, at: location)
            }
        }
        self.blocks = blocks
        let share = 1 / Double(blocks.count)
        func mean(_ part: (WeightedBlock) -> Double) -> Double {
            blocks.count == 1 ? part(blocks[0]) : blocks.reduce(0) { $0 + part($1) } * share
        }
        table = indicators.indices.map { j in
            IndicatorWeight(dimension: indicators[j].dimension, indicator: indicators[j].name,
                            positive: indicators[j].positive, entropy: mean { $0.entropies[j] },
                            divergence: mean { $0.divergences[j] }, weight: mean { $0.weights[j] })
        }
        dimensionWeights = options.hierarchical
            ? dimensions.names.indices.map { d in (dimensions.names[d], mean { $0.dimensionWeights[d] }) }
            : []
        notes = EntropyWeighting.notes(options, groupCount: blocks.count)
    }

    /// Scores of all observations in their original order, `score` giving those of one block's rows.
    func scores(observationCount: Int, _ score: (WeightedBlock) -> [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: observationCount)
        for block in blocks {
            for (row, value) in zip(block.rows, score(block)) { result[row] = value }
        }
        return result
    }

    private static func block(
        _ rows: [Int], _ values: [[Double]], _ indicators: [IndexIndicator], _ dimensions: IndicatorDimensions,
        _ options: EntropyIndex.Options, _ location: String
    ) throws(PanelError) -> WeightedBlock {
        guard rows.count >= 2 else {
            throw PanelError(.invalidData, "entropy weights need at least two observations", at: location)
        }
        var normalised: [[Double]] = []
        for (column, indicator) in zip(values, indicators) {
            normalised.append(try RangeNormalisation.normalised(
                rows.map { column[$0] }, positive: indicator.positive, name: indicator.name, at: location))
        }
        guard options.hierarchical else {
            let flat = EntropyWeights(normalised: normalised, shift: options.shift)
            return WeightedBlock(rows: rows, normalised: normalised, weights: flat.weights,
                                 entropies: flat.entropies, divergences: flat.divergences, dimensionWeights: [])
        }
        var within = [Double](repeating: 0, count: indicators.count)
        var entropies = within
        var divergences = within
        var subIndices: [[Double]] = []
        for (name, members) in zip(dimensions.names, dimensions.members) {
            let inner = EntropyWeights(normalised: members.map { normalised[$0] }, shift: options.shift)
            for (k, j) in members.enumerated() {
                within[j] = inner.weights[k]
                entropies[j] = inner.entropies[k]
                divergences[j] = inner.divergences[k]
            }
            let subIndex = WeightedSum.rows(of: members.map { normalised[$0] }, weights: inner.weights)
            subIndices.append(try RangeNormalisation.normalised(
                subIndex, positive: true, name: "dimension " + name, at: location))
        }
        let across = EntropyWeights(normalised: subIndices, shift: options.shift).weights
        var weights = within
        for (d, members) in dimensions.members.enumerated() {
            for j in members { weights[j] = across[d] * within[j] }
        }
        return WeightedBlock(rows: rows, normalised: normalised, weights: weights, entropies: entropies,
                             divergences: divergences, dimensionWeights: across)
    }

    private static func notes(_ options: EntropyIndex.Options, groupCount: Int) -> [String] {
        var notes = ["range-normalised indicators shifted by " + DisplayNumber.format(options.shift, decimals: 6)
                     + " for the entropy only; scores use the unshifted normalised values"]
        if groupCount > 1 {
            notes.append("weights computed and applied within each of " + String(groupCount)
                         + " groups (normalisation too); the weight table shows their unweighted means")
        }
        if options.hierarchical {
            notes.append("hierarchical: entropy weights within each dimension, then across the range-normalised"
                         + " dimension sub-indices; indicator weight = dimension weight × within-dimension weight")
        }
        return notes
    }
}
