/// The logarithm of a positive panel variable and its one-period growth: ln yᵢₜ and ln(yᵢ,ₜ₊₁/yᵢₜ) on the row of
/// (i, t), missing when either value is missing or unit i has no row at t + 1 (a gap, or its last period), as
/// `f(y, 1)` reads the panel. A non-positive value is `invalid_data` naming its data row (1-based).
struct ConvergenceLogLevels {
    /// ln y per row (NaN where y is missing).
    let logLevel: [Double]
    /// ln y at t + 1 minus ln y at t per row (NaN where undefined).
    let growth: [Double]

    init(_ values: [Double], variable: String, panel: PanelIndex, at location: String) throws(PanelError) {
        var logLevel = Array(repeating: Double.nan, count: values.count)
        for (row, value) in values.enumerated() where !value.isNaN {
            guard value > 0 else {
                throw PanelError(.invalidData, "\(variable) is \(JSONWriter.formatNumber(value)) at data row \(row + 1): convergence takes logarithms "
                                 + "of positive values", at: location)
            }
            logLevel[row] = Elementary.log(value)
        }
        let next = panel.shiftedRows(by: -1)
        self.logLevel = logLevel
        growth = values.indices.map { row in next[row].map { logLevel[$0] - logLevel[row] } ?? .nan }
    }
}
