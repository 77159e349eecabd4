/// A plain-text table of global spatial autocorrelation in the layout of seed 003's Table 7: one row per period
/// (or the pooled sample) with Moran's I, its expectation, z and p under randomisation with stars, the permutation
/// p-value when computed, and Geary's C with its z and p.
enum MoranTable {
    static func text(_ result: SpatialAutocorrelation, variable: String) -> String {
        let rule = String(repeating: "-", count: 96)
        var lines = ["Global spatial autocorrelation of \(variable) (z and p under randomisation; p two-sided)", rule]
        lines.append(TextColumns.left("period", 8) + TextColumns.right("n", 6) + TextColumns.right("Moran's I", 14)
                     + TextColumns.right("E(I)", 10) + TextColumns.right("z", 9) + TextColumns.right("p", 9)
                     + TextColumns.right("p perm", 9) + TextColumns.right("Geary's C", 12) + TextColumns.right("z", 9)
                     + TextColumns.right("p", 9))
        lines.append(rule)
        for sample in result.samples {
            let moran = sample.moran, geary = sample.geary
            lines.append(TextColumns.left(sample.period.map { String($0) } ?? (result.pooled ? "pooled" : "all"), 8) + TextColumns.right(String(sample.unitCount), 6)
                         + TextColumns.right(DisplayNumber.format(moran.statistic) + DisplayNumber.stars(finite(moran.pRandomisation)), 14)
                         + TextColumns.right(DisplayNumber.format(moran.expected), 10)
                         + TextColumns.right(DisplayNumber.fixed(moran.zRandomisation, decimals: 3), 9)
                         + TextColumns.right(DisplayNumber.fixed(moran.pRandomisation, decimals: 4), 9)
                         + TextColumns.right(moran.permutation.map { DisplayNumber.fixed($0.pValue, decimals: 4) } ?? ".", 9)
                         + TextColumns.right(DisplayNumber.format(geary.statistic), 12)
                         + TextColumns.right(DisplayNumber.fixed(geary.zRandomisation, decimals: 3), 9)
                         + TextColumns.right(DisplayNumber.fixed(geary.pRandomisation, decimals: 4), 9))
        }
        lines.append(rule)
        lines.append("*** p < 0.01, ** p < 0.05, * p < 0.1 (Moran's I, randomisation)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
}
