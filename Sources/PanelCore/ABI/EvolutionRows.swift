/// What the evolution estimators (`dagum_gini`, `coupling_coordination`, `obstacle_degree`) read from a request: the
/// data rows where every column they use is present (rows missing one are dropped and counted), the period of each
/// kept row from the request's panel, and the samples by period or pooled.
struct EvolutionRows {
    let table: DataTable
    /// The kept data rows, in data order.
    let rows: [Int]
    let dropped: Int
    /// The panel's period of each kept row (nil without a panel).
    let timeOf: [Int]?
    let samples: PeriodSamples

    /// `columns`: the names used with the request location of each (for unknown or text columns).
    init(_ request: Request, columns: [(name: String, location: String)], pooled: Bool, estimator: String) throws(PanelError) {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "'\(estimator)' needs 'data'", at: "/data")
        }
        var used: [DataColumn] = []
        for column in columns { used.append(try table.requireColumn(column.name, at: column.location)) }
        let rows = (0..<table.rowCount).filter { row in !used.contains { $0.isMissing(row) } }
        guard !rows.isEmpty else {
            throw PanelError(.noObservations, "no data row has every column '\(estimator)' uses (\(columns.map { $0.name }.joined(separator: ", ")))",
                             at: columns.first?.location ?? "/data")
        }
        self.table = table
        self.rows = rows
        dropped = table.rowCount - rows.count
        let timeOf = request.panel.map { panel in rows.map { panel.timeOf[$0] } }
        self.timeOf = timeOf
        samples = PeriodSamples(timeOf: timeOf, count: rows.count, pooled: pooled)
    }

    /// The numeric column `name` on the kept rows.
    func numeric(_ name: String, at location: String) throws(PanelError) -> [Double] {
        let values = try table.requireNumeric(name, at: location)
        return rows.map { values[$0] }
    }

    /// The levels of column `name` on the kept rows, sorted (numbers in numeric order), and the level of each kept row.
    func levels(_ name: String, at location: String) throws(PanelError) -> (labels: [String], levelOf: [Int]) {
        let column = try table.requireColumn(name, at: location)
        let factor = FactorLevels(column)
        var present = [Bool](repeating: false, count: factor.labels.count)
        for row in rows { if let level = factor.levelOf[row] { present[level] = true } }
        var renumbered = [Int](repeating: -1, count: factor.labels.count)
        var labels: [String] = []
        for (level, label) in factor.labels.enumerated() where present[level] {
            renumbered[level] = labels.count
            labels.append(label)
        }
        return (labels, rows.map { factor.levelOf[$0].map { renumbered[$0] } ?? -1 })
    }

    /// The data row (1-based, as messages count) of kept observation `k`.
    func dataRow(_ k: Int) -> Int { rows[k] + 1 }

    /// The warning saying how many rows lacked a value, if any did.
    var droppedWarning: [String] {
        dropped > 0 ? ["\(dropped) data row\(dropped == 1 ? "" : "s") with a missing value dropped"] : []
    }
}
