/// The weight table of a composite index in the layout of seed 003's Table 1: dimension, indicator, direction,
/// entropy, divergence and weight, with the dimension weights of a hierarchical index below.
public enum IndexWeightTable {
    public static func table(_ index: CompositeIndex, title: String) -> PublicationTable {
        let rows = index.weights.map { row -> [String] in
            [row.dimension ?? "", row.indicator, row.positive ? "+" : "-",
             row.entropy.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".",
             row.divergence.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".",
             DisplayNumber.fixed(row.weight, decimals: 4)]
        }
        let dimensions = index.dimensionWeights.map { entry in
            [entry.dimension, "(dimension weight)", "", "", "", DisplayNumber.fixed(entry.weight, decimals: 4)]
        }
        return PublicationTable(title: title, header: [["Dimension", "Indicator", "Direction", "Entropy", "Divergence", "Weight"]],
                                sections: [rows, dimensions], notes: index.notes.map { "Note: " + $0 })
    }
}
