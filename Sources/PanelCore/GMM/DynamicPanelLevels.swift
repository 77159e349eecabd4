/// The variables of a dynamic-panel model in levels on the full unit × period grid (plm pads an unbalanced panel the
/// same way): periods run from the panel's first to its last time, every unit has a slot for each, and a value is
/// NaN where the unit has no row for the period or the variable is missing there. Lags inside the formula follow the
/// time variable (`l(x, k)`), so a gap in a unit's years gives a missing lag.
struct DynamicPanelLevels {
    let unitCount: Int
    let periodCount: Int
    let firstTime: Int
    let responseName: String
    /// Grid values of the response, unit-major: index `unit * periodCount + period`.
    let response: [Double]
    let regressorNames: [String]
    let regressors: [[Double]]
    /// The levels of each GMM-style variable.
    let gmmVariables: [[Double]]
    let ivNames: [String]
    let ivColumns: [[Double]]
    /// The longest lag among the regressors (plm's `main.maxlag`).
    let regressorMaximumLag: Int

    /// Most grid cells (units × periods) accepted.
    static let maximumCells = 50_000_000

    init(model: DynamicPanelModel, table: DataTable, panel: PanelIndex, at location: String) throws(PanelError) {
        guard let first = panel.timeOf.min(), let last = panel.timeOf.max() else {
            throw PanelError(.noObservations, "the data have no rows", at: location)
        }
        let periods = last - first + 1
        let (cells, overflow) = panel.unitCount.multipliedReportingOverflow(by: periods)
        guard !overflow, cells <= Self.maximumCells else {
            throw PanelError(.tooLarge, "the panel spans \(panel.unitCount) units × \(periods) periods; at most \(Self.maximumCells) unit-periods are accepted",
                             at: location)
        }
        unitCount = panel.unitCount
        periodCount = periods
        firstTime = first
        let context = EvaluationContext(table: table, panel: panel, location: location + "/formula")
        func grid(_ values: [Double]) -> [Double] {
            var cells = [Double](repeating: .nan, count: panel.unitCount * periods)
            for row in 0..<values.count { cells[panel.unitOf[row] * periods + panel.timeOf[row] - first] = values[row] }
            return cells
        }
        responseName = model.formula.response.label
        response = grid(try ExpressionEvaluator.values(model.formula.response, in: context))
        let (names, columns) = try Self.columns(model.formula.regressors, in: context)
        regressorNames = names
        regressors = columns.map(grid)
        var gmm: [[Double]] = []
        for (k, instrument) in model.gmmInstruments.enumerated() {
            let gmmContext = EvaluationContext(table: table, panel: panel, location: location + "/gmm/\(k)/variable")
            gmm.append(grid(try ExpressionEvaluator.values(instrument.variable, in: gmmContext)))
        }
        gmmVariables = gmm
        let ivTerms = model.ivInstruments ?? Self.defaultIVTerms(model)
        let ivContext = EvaluationContext(table: table, panel: panel, location: location + (model.ivInstruments == nil ? "/formula" : "/iv"))
        let (ivNames, ivColumns) = try Self.columns(ivTerms, in: ivContext)
        self.ivNames = ivNames
        self.ivColumns = ivColumns.map(grid)
        regressorMaximumLag = model.formula.regressors.flatMap { $0.factors }.map(Self.lagDepth).max() ?? 0
    }

    /// plm's default IV-style instruments: the regressors that involve no GMM-style variable.
    static func defaultIVTerms(_ model: DynamicPanelModel) -> [FormulaTerm] {
        let gmmVariables = Set(model.gmmInstruments.flatMap { $0.variable.variables })
        return model.formula.regressors.filter { term in term.factors.allSatisfy { factor in factor.variables.allSatisfy { !gmmVariables.contains($0) } } }
    }

    /// How many periods back an expression reaches: `l(x, k)` adds k, `d(x)` adds 1, `f(x, k)` subtracts k.
    static func lagDepth(_ expression: FormulaExpression) -> Int {
        guard case .call(let function, let arguments) = expression else { return 0 }
        let inner = arguments.filter { $0.name == nil }.map { lagDepth($0.value) }.max() ?? 0
        var periods = 1
        if arguments.count == 2, case .number(let text) = arguments[1].value, let k = Int(text) { periods = k }
        switch function {
        case "l": return inner + periods
        case "d": return inner + 1
        case "f": return max(0, inner - periods)
        default: return inner
        }
    }

    /// The columns of `terms` over every table row (NaN where a factor is missing), with their names.
    private static func columns(_ terms: [FormulaTerm], in context: EvaluationContext) throws(PanelError) -> ([String], [[Double]]) {
        for name in terms.flatMap({ $0.factors.flatMap { $0.variables } }) { _ = try context.table.requireColumn(name, at: context.location) }
        let rowCount = context.table.rowCount
        var names: [String] = [], columns: [[Double]] = []
        for expansion in try TermExpansion.expansions(terms, in: context) {
            let present = (0..<rowCount).filter { row in expansion.factors.allSatisfy { !$0.isMissing(row) } }
            var storage: [Double] = []
            try expansion.appendColumns(rows: present, rowCount: rowCount, to: &storage, at: context.location)
            for (k, name) in expansion.names.enumerated() {
                var column = [Double](repeating: .nan, count: rowCount)
                for (position, row) in present.enumerated() { column[row] = storage[k * present.count + position] }
                names.append(name)
                columns.append(column)
            }
        }
        return (names, columns)
    }
}
