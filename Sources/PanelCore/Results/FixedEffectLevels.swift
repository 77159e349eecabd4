/// The levels of one absorbed term on the estimation rows, with their labels and fixest's order: a numeric variable's
/// levels by value, other levels by their label's bytes. A level of `a^b` is labelled `A_B` (fixest's `a^b` labels).
struct FixedEffectLevels {
    /// Levels numbered in order of first appearance on the rows.
    let factor: FixedEffectFactor
    let labels: [String]
    /// `ranks[level]`: the level's position in fixest's order.
    let ranks: [Int]

    init(_ term: FormulaTerm, rows: [Int], table: DataTable, at location: String) throws(PanelError) {
        var columns: [DataColumn] = []
        for part in term.factors {
            guard case .variable(let name) = part else {
                throw PanelError(.badFormula, "fixed effects are variables or interactions of variables (a^b), not '\(part.label)'", at: location)
            }
            columns.append(try table.requireColumn(name, at: location))
        }
        var levelOfLabel: [String: Int] = [:]
        var labels: [String] = []
        var levelOf: [Int] = []
        levelOf.reserveCapacity(rows.count)
        for row in rows {
            let label = columns.map { Self.label($0, row: row) }.joined(separator: "_")
            if let level = levelOfLabel[label] {
                levelOf.append(level)
            } else {
                levelOfLabel[label] = labels.count
                levelOf.append(labels.count)
                labels.append(label)
            }
        }
        let name = term.factors.map { $0.label }.joined(separator: "^")
        self.factor = FixedEffectFactor(name: name, levelOf: levelOf, levelCount: labels.count)
        self.labels = labels
        var order = Array(labels.indices)
        if columns.count == 1, case .numeric(let values) = columns[0].values {
            var valueOfLevel = [Double](repeating: 0, count: labels.count)
            for (i, row) in rows.enumerated() { valueOfLevel[levelOf[i]] = values[row] }
            order.sort { valueOfLevel[$0] < valueOfLevel[$1] }
        } else {
            order.sort { labels[$0].utf8.lexicographicallyPrecedes(labels[$1].utf8) }
        }
        var ranks = [Int](repeating: 0, count: labels.count)
        for (rank, level) in order.enumerated() { ranks[level] = rank }
        self.ranks = ranks
    }

    private static func label(_ column: DataColumn, row: Int) -> String {
        switch column.values {
        case .numeric(let values): return JSONWriter.formatNumber(values[row])
        case .text(let values): return values[row] ?? ""
        }
    }
}
