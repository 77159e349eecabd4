extension DataTable {
    /// The table restricted to `rows` (0-based, in the order given): the common estimation sample of models that
    /// must share one sample (the equations of a mediation model, the groups of a heterogeneity analysis).
    func restricted(toRows rows: [Int]) -> DataTable {
        let subset = columns.map { column -> DataColumn in
            switch column.values {
            case .numeric(let values): return DataColumn(name: column.name, values: .numeric(rows.map { values[$0] }))
            case .text(let values): return DataColumn(name: column.name, values: .text(rows.map { values[$0] }))
            }
        }
        // Names stay distinct and lengths equal, so the checked initialiser cannot fail.
        return (try? DataTable(columns: subset)) ?? self
    }

    /// The request's panel structure rebuilt over a restricted table (unit and time columns as in `panel`).
    func panelIndex(like panel: PanelIndex?, at location: String) throws(PanelError) -> PanelIndex? {
        guard let panel else { return nil }
        return try PanelIndex(table: self, id: panel.idName, time: panel.timeName, at: location)
    }
}
