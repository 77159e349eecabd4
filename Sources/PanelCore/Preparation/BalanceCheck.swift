/// Whether a panel is balanced: every unit observed in every period that appears anywhere in the table.
public enum BalanceCheck {
    /// How many (unit, period) pairs are listed in the notes at most.
    public static let listedPairLimit = 50

    /// Reports `units`, `periods` (distinct times in the table), `rows`, `missing_pairs` (unit–period pairs without
    /// a row) and `balanced` (1 or 0); the notes say whether the panel is balanced and list the first
    /// `listedPairLimit` missing pairs as `<id> = <unit>, <time> = <period>`, units in order of first appearance.
    public static func report(_ table: DataTable, panel: PanelIndex) -> StepReport {
        let periods = Set(panel.timeOf).sorted()
        var firstRow = [Int](repeating: -1, count: panel.unitCount)
        for (row, unit) in panel.unitOf.enumerated() where firstRow[unit] < 0 { firstRow[unit] = row }
        var missing = 0
        var listed: [String] = []
        for unit in 0..<panel.unitCount {
            for period in periods where panel.row(unit: unit, time: period) == nil {
                missing += 1
                if listed.count < listedPairLimit {
                    listed.append("\(panel.idName) = \(label(of: firstRow[unit], in: table, column: panel.idName)), \(panel.timeName) = \(period)")
                }
            }
        }
        let summary = missing == 0
            ? "balanced: \(panel.unitCount) units × \(periods.count) periods"
            : "unbalanced: \(missing) of \(panel.unitCount * periods.count) (unit, period) pairs have no row"
            + (missing > listed.count ? " (first \(listed.count) listed)" : "")
        let counts: [(name: String, value: Double)] = [
            (name: "units", value: Double(panel.unitCount)), (name: "periods", value: Double(periods.count)),
            (name: "rows", value: Double(panel.unitOf.count)), (name: "missing_pairs", value: Double(missing)),
            (name: "balanced", value: missing == 0 ? 1 : 0),
        ]
        return StepReport(step: "balance", columns: [panel.idName, panel.timeName], counts: counts, notes: [summary] + listed)
    }

    /// The identifier of `row` as text: the string, or the shortest round-trip spelling of the number.
    private static func label(of row: Int, in table: DataTable, column: String) -> String {
        guard let values = table.column(named: column)?.values else { return "?" }
        switch values {
        case .text(let texts): return texts[row] ?? ""
        case .numeric(let numbers): return JSONWriter.formatNumber(numbers[row])
        }
    }
}
