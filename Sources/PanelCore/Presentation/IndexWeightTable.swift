/// The weight table of a composite index in the layout of seed 003's Table 1: dimension, indicator, direction,
/// entropy, divergence and weight, with the dimension weights of a hierarchical index below.
public enum IndexWeightTable {
    public static func text(_ index: CompositeIndex, title: String) -> String {
        let dimensionWidth = max(9, index.weights.compactMap { $0.dimension.map { DisplayWidth.of($0) } }.max() ?? 0)
        let indicatorWidth = max(9, index.weights.map { DisplayWidth.of($0.indicator) }.max() ?? 0)
        let header = TextColumns.left("Dimension", dimensionWidth) + "  " + TextColumns.left("Indicator", indicatorWidth)
            + TextColumns.right("Dir.", 6) + TextColumns.right("Entropy", 12) + TextColumns.right("Divergence", 12) + TextColumns.right("Weight", 12)
        var lines = [title, header, String(repeating: "-", count: DisplayWidth.of(header))]
        for row in index.weights {
            lines.append(TextColumns.left(row.dimension ?? "", dimensionWidth) + "  " + TextColumns.left(row.indicator, indicatorWidth)
                         + TextColumns.right(row.positive ? "+" : "-", 6)
                         + TextColumns.right(row.entropy.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".", 12)
                         + TextColumns.right(row.divergence.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".", 12)
                         + TextColumns.right(DisplayNumber.fixed(row.weight, decimals: 4), 12))
        }
        for entry in index.dimensionWeights {
            lines.append("Dimension weight of \(entry.dimension): \(DisplayNumber.fixed(entry.weight, decimals: 4))")
        }
        for note in index.notes { lines.append("Note: " + note) }
        return lines.joined(separator: "\n") + "\n"
    }
}
