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
    /// deletion. `panel` enables the lag, lead and difference terms. Every column the formula names is checked first;
    /// then each distinct factor is evaluated once, the rows used and the width p (from the level counts of `i()`
    /// factors) are known, and a design of more than `maximumElements` is refused with `too_large` before any
    /// column is built (`requireSize`).
    public init(formula: Formula, table: DataTable, panel: PanelIndex? = nil, requiredColumns: [String] = [],
                at location: String) throws(PanelError) {
        for name in formula.response.variables + formula.regressors.flatMap({ $0.factors.flatMap { $0.variables } }) + requiredColumns {
            _ = try table.requireColumn(name, at: location)
        }
        let context = EvaluationContext(table: table, panel: panel, location: location)
        let response = try ExpressionEvaluator.values(formula.response, in: context)
        let expansions = try TermExpansion.expansions(formula.regressors, in: context)
        var usable = response.map { !$0.isNaN }
        for expansion in expansions {
            for factor in expansion.factors {
                for row in 0..<table.rowCount where usable[row] && factor.isMissing(row) { usable[row] = false }
            }
        }
        for name in requiredColumns {
            let column = try table.requireColumn(name, at: location)
            for row in 0..<table.rowCount where column.isMissing(row) { usable[row] = false }
        }
        var rowsUsed: [Int] = []
        rowsUsed.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount where usable[row] { rowsUsed.append(row) }
        var p = formula.hasIntercept ? 1 : 0
        for expansion in expansions {
            let (sum, overflow) = p.addingReportingOverflow(expansion.width)
            p = overflow ? Int.max : sum
        }
        try Self.requireSize(rows: rowsUsed.count, columns: p, at: location)
        var storage: [Double] = []
        storage.reserveCapacity(rowsUsed.count * p)
        let allRows = rowsUsed.count == table.rowCount
        if formula.hasIntercept { storage.append(contentsOf: repeatElement(1.0, count: rowsUsed.count)) }
        for expansion in expansions {
            try expansion.appendColumns(rows: allRows ? nil : rowsUsed, rowCount: table.rowCount, to: &storage, at: location)
        }

        self.responseName = formula.response.label
        self.response = allRows ? response : rowsUsed.map { response[$0] }
        self.regressors = Matrix(rows: rowsUsed.count, columns: p, columnMajor: storage)
        self.termNames = (formula.hasIntercept ? ["(Intercept)"] : []) + expansions.flatMap { $0.names }
        self.hasIntercept = formula.hasIntercept
        self.rowsUsed = rowsUsed
        self.rowsDropped = table.rowCount - rowsUsed.count
    }

    /// Fails with `too_large` when an n × p design exceeds `maximumElements`, saying how much memory it would take
    /// (8 bytes an element; estimation needs about twice that: the design and its factorisation).
    public static func requireSize(rows n: Int, columns p: Int, at location: String) throws(PanelError) {
        let (elements, overflow) = n.multipliedReportingOverflow(by: max(p, 1))
        guard overflow || elements > maximumElements else { return }
        throw PanelError(.tooLarge, "the design has \(n) rows × \(p) columns, \(overflow ? "beyond 2⁶³" : "\(elements)") elements "
                         + "(\(MemoryEstimate.text(elements: overflow ? Int.max : elements)) as doubles); the limit is \(maximumElements) elements",
                         at: location)
    }
}
