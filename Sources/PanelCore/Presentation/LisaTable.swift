/// A plain-text table of local Moran's I for one period: per unit its standardised value and spatial lag (the Moran
/// scatter-plot point), I_i, its randomisation z and p, the permutation p-value when computed, and the quadrant; then
/// the count of units in each quadrant.
enum LisaTable {
    static func text(_ lisa: LocalMoran, ids: [String], variable: String, period: Int?) -> String {
        let idWidth = max(8, ids.map { $0.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: idWidth + 70)
        var lines = ["Local Moran's I of \(variable)" + (period.map { ", period \($0)" } ?? ""), rule]
        lines.append(TextColumns.left("unit", idWidth) + TextColumns.right("z", 10) + TextColumns.right("Wz", 10)
                     + TextColumns.right("I_i", 10) + TextColumns.right("z(I_i)", 10) + TextColumns.right("p", 9)
                     + TextColumns.right("p perm", 9) + TextColumns.right("quadrant", 12))
        lines.append(rule)
        for (i, unit) in lisa.units.enumerated() {
            lines.append(TextColumns.left(ids[i], idWidth) + TextColumns.right(DisplayNumber.format(unit.z), 10)
                         + TextColumns.right(DisplayNumber.format(unit.spatialLag), 10)
                         + TextColumns.right(DisplayNumber.format(unit.statistic), 10)
                         + TextColumns.right(DisplayNumber.fixed(unit.zRandomisation, decimals: 3), 10)
                         + TextColumns.right(DisplayNumber.fixed(unit.pRandomisation, decimals: 4), 9)
                         + TextColumns.right(unit.permutation.map { DisplayNumber.fixed($0.pValue, decimals: 4) } ?? ".", 9)
                         + TextColumns.right(unit.quadrant.rawValue, 12))
        }
        lines.append(rule)
        let counts = [LocalMoran.Quadrant.highHigh, .lowHigh, .lowLow, .highLow].map { q in
            q.rawValue + ": " + String(lisa.units.filter { $0.quadrant == q }.count)
        }
        lines.append("Quadrants  " + counts.joined(separator: "   "))
        return lines.joined(separator: "\n") + "\n"
    }
}
