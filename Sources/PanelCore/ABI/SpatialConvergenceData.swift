/// The panel of spatial β convergence (`convergence` with `weights`) laid out for the spatial Durbin model: the
/// level column and the controls by the weights' units over the request's balanced panel (`UnitPeriodValues`), then
/// the growth ln y(t+1) − ln y(t) and the regressors ln y(t) and controls at t for every period but the last
/// (N·(T − 1) values each, period after period). The periods must be consecutive whole numbers (no gap to grow over).
struct SpatialConvergenceData {
    let weights: SpatialWeightsRequest
    let growth: [Double]
    /// ln y, then the controls.
    let regressors: [[Double]]
    /// The periods t of the growth rows (all but the last).
    let periods: [Int]

    init(_ weightsSpec: JSONObject, level: String, controls: [String], table: DataTable, panel: PanelIndex, at location: String) throws(PanelError) {
        let place = location + "/weights"
        let weights = try SpatialWeightsRequest(weightsSpec, table: table, panel: panel, at: place)
        func layout(_ name: String) throws(PanelError) -> UnitPeriodValues {
            try UnitPeriodValues(try table.requireNumeric(name, at: location + "/formula"), unitOf: weights.unitOfRow, unitKeys: weights.unitKeys,
                                 timeOf: panel.timeOf, weights: weights.weights, at: location + "/formula")
        }
        let levels = try layout(level)
        let periods = levels.periods.compactMap { $0 }
        for (t, next) in zip(periods, periods.dropFirst()) where next != t + 1 {
            throw PanelError(.invalidData, "the periods jump from \(t) to \(next): spatial β convergence needs consecutive periods (one-period growth)",
                             at: location + "/formula")
        }
        let logs = levels.values.map { $0.map { Elementary.log($0) } }
        let growing = 0..<(logs.count - 1)
        growth = growing.flatMap { t in zip(logs[t + 1], logs[t]).map { $0 - $1 } }
        var regressors = [growing.flatMap { logs[$0] }]
        for control in controls {
            let values = try layout(control).values
            regressors.append(growing.flatMap { values[$0] })
        }
        self.regressors = regressors
        self.weights = weights
        self.periods = Array(periods.dropLast())
    }
}
