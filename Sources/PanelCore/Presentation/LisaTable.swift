/// Local Moran's I for one period, as plain text and as a publication table: per unit its standardised value and
/// spatial lag (the Moran scatter-plot point), I_i, its randomisation z and p, the permutation p-value when computed,
/// and the quadrant; then the count of units in each quadrant.
enum LisaTable {
    static func text(_ lisa: LocalMoran, ids: [String], variable: String, period: Int?, language: OutputLanguage) -> String {
        let idWidth = max(8, ids.map { $0.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: idWidth + 70)
        var lines = [period.map { language.text("Local Moran's I of {}, period {}", variable, String($0)) } ?? language.text("Local Moran's I of {}", variable), rule]
        lines.append(TextColumns.left(language.text("unit"), idWidth) + TextColumns.right("z", 10) + TextColumns.right("Wz", 10)
                     + TextColumns.right("I_i", 10) + TextColumns.right("z(I_i)", 10) + TextColumns.right("p", 9)
                     + TextColumns.right(language.text("p perm"), 9) + TextColumns.right(language.text("quadrant"), 12))
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
        lines.append(language.text("Quadrants") + "  " + quadrantCounts(lisa).joined(separator: "   "))
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ lisa: LocalMoran, ids: [String], variable: String, period: Int?) -> PublicationTable {
        let rows = lisa.units.enumerated().map { i, unit in
            [ids[i], DisplayNumber.fixed(unit.z, decimals: 3), DisplayNumber.fixed(unit.spatialLag, decimals: 3),
             DisplayNumber.fixed(unit.statistic, decimals: 4) + DisplayNumber.stars(MoranTable.finite(unit.pRandomisation)),
             DisplayNumber.fixed(unit.zRandomisation, decimals: 3), DisplayNumber.fixed(unit.pRandomisation, decimals: 4),
             DisplayNumber.optional(unit.permutation?.pValue, decimals: 4), unit.quadrant.rawValue]
        }
        return PublicationTable(title: "Local Moran's I of \(variable)" + (period.map { ", \($0)" } ?? ""),
                                header: [["Unit", "z", "Wz", "Local I", "z(I)", "p", "p (perm.)", "Quadrant"]], sections: [rows],
                                notes: ["z: standardised value; Wz: its spatial lag; z and p of the local I under randomisation, two-sided; "
                                        + "*** p<0.01, ** p<0.05, * p<0.1.", "Units by quadrant: " + quadrantCounts(lisa).joined(separator: ", ") + "."])
    }

    /// "HH: 12" … for each quadrant of the Moran scatter plot.
    private static func quadrantCounts(_ lisa: LocalMoran) -> [String] {
        [LocalMoran.Quadrant.highHigh, .lowHigh, .lowLow, .highLow].map { q in
            q.rawValue + ": " + String(lisa.units.filter { $0.quadrant == q }.count)
        }
    }
}
