/// The numbers a linear regression runs on, built from a formula and a table after listwise deletion:
/// the response vector (length n), the regressor matrix (n × p, intercept first when present) and their names.
public struct RegressionDesign {
    public let responseName: String
    public let response: [Double]
    public let regressors: Matrix
    public let termNames: [String]
    public let hasIntercept: Bool
    /// Table rows (0-based) that entered the estimation, in order.
    public let rowsUsed: [Int]
    /// Rows dropped because a variable of the model (or a required extra column such as the cluster) was missing.
    public let rowsDropped: Int

    /// Largest n × p a request may ask for (about 800 MB of doubles); larger is `too_large`. Raised from 5·10⁷ so
    /// that 10⁷ rows with 5 regressors and an intercept (the large case of bench/panel, issue 4) can be estimated.
    public static let maximumElements = 100_000_000

    /// A design from numbers already prepared (e.g. transformed panel data).
    public init(responseName: String, response: [Double], regressors: Matrix, termNames: [String], hasIntercept: Bool,
                rowsUsed: [Int], rowsDropped: Int) {
        precondition(response.count == regressors.rows && termNames.count == regressors.columns && rowsUsed.count == response.count,
                     "RegressionDesign parts must agree in size")
        self.responseName = responseName
        self.response = response
        self.regressors = regressors
        self.termNames = termNames
        self.hasIntercept = hasIntercept
        self.rowsUsed = rowsUsed
        self.rowsDropped = rowsDropped
    }

    /// Builds the design; `requiredColumns` (e.g. the cluster variable, the fixed effects) take part in listwise
    /// deletion. `panel` enables the lag, lead and difference terms.
    public init(formula: Formula, table: DataTable, panel: PanelIndex? = nil, requiredColumns: [String] = [],
                at location: String) throws(PanelError) {
        let context = EvaluationContext(table: table, panel: panel, location: location)
        let response = try ExpressionEvaluator.values(formula.response, in: context)
        var termColumns: [TermExpansion.Column] = []
        for term in formula.regressors {
            termColumns.append(contentsOf: try TermExpansion.columns(term, in: context))
        }
        var usable = response.map { !$0.isNaN }
        for column in termColumns {
            for row in 0..<table.rowCount where column.values[row].isNaN { usable[row] = false }
        }
        for name in requiredColumns {
            let column = try table.requireColumn(name, at: location)
            for row in 0..<table.rowCount where column.isMissing(row) { usable[row] = false }
        }
        var rowsUsed: [Int] = []
        rowsUsed.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount where usable[row] { rowsUsed.append(row) }
        let p = termColumns.count + (formula.hasIntercept ? 1 : 0)
        let (elements, overflow) = rowsUsed.count.multipliedReportingOverflow(by: max(p, 1))
        guard !overflow, elements <= Self.maximumElements else {
            throw PanelError(.tooLarge, "the design has \(rowsUsed.count) rows × \(p) columns; the limit is \(Self.maximumElements) elements", at: location)
        }
        var storage: [Double] = []
        storage.reserveCapacity(rowsUsed.count * p)
        let allRows = rowsUsed.count == table.rowCount
        if formula.hasIntercept { storage.append(contentsOf: repeatElement(1.0, count: rowsUsed.count)) }
        for column in termColumns {
            if allRows { storage.append(contentsOf: column.values) } else { storage.append(contentsOf: rowsUsed.lazy.map { column.values[$0] }) }
        }

        self.responseName = formula.response.label
        self.response = allRows ? response : rowsUsed.map { response[$0] }
        self.regressors = Matrix(rows: rowsUsed.count, columns: p, columnMajor: storage)
        self.termNames = (formula.hasIntercept ? ["(Intercept)"] : []) + termColumns.map { $0.name }
        self.hasIntercept = formula.hasIntercept
        self.rowsUsed = rowsUsed
        self.rowsDropped = table.rowCount - rowsUsed.count
    }
}
