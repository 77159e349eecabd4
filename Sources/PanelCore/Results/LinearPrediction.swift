/// The response y and the linear prediction xβ of a fitted linear model on its estimation rows, evaluated afresh
/// from the table: the formula's regressors (and endogenous regressors of an IV model) times the reported estimates,
/// with omitted terms counting zero. With absorbed effects the constant is theirs and an `(Intercept)` estimate is
/// left out of xβ (fixest's `predict()` splits xβ and the effects this way).
struct LinearPrediction {
    /// y on the estimation rows.
    let response: [Double]
    /// xβ on the estimation rows.
    let prediction: [Double]

    init(formula: Formula, coefficients: [CoefficientEstimate], rows: [Int], includesIntercept: Bool, table: DataTable,
         panel: PanelIndex?, at location: String) throws(PanelError) {
        var plain = formula
        plain.regressors += formula.endogenous
        plain.fixedEffects = []
        plain.endogenous = []
        plain.instruments = []
        let design = try RegressionDesign(formula: plain, table: table, panel: panel, at: location + "/formula")
        var position = [Int](repeating: -1, count: table.rowCount)
        for (k, row) in design.rowsUsed.enumerated() { position[row] = k }
        var terms: [(column: Int, estimate: Double)] = []
        for coefficient in coefficients where includesIntercept || coefficient.term != "(Intercept)" {
            guard let column = design.termNames.firstIndex(of: coefficient.term) else {
                throw PanelError(.invalidOption, "save: the term '\(coefficient.term)' cannot be evaluated again on the data rows",
                                 at: location + "/options/save")
            }
            terms.append((column, coefficient.estimate))
        }
        var response: [Double] = []
        var prediction: [Double] = []
        response.reserveCapacity(rows.count)
        prediction.reserveCapacity(rows.count)
        for row in rows {
            let k = position[row]
            guard k >= 0 else {
                throw PanelError(.invalidOption, "save: row \(row) of the estimation sample has a missing value", at: location + "/options/save")
            }
            response.append(design.response[k])
            prediction.append(terms.reduce(0) { $0 + $1.estimate * design.regressors[k, $1.column] })
        }
        self.response = response
        self.prediction = prediction
    }
}
