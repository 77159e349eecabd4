/// What the spatial estimators read from a request: the weights (`"weights"`) and `"variable"` laid out by unit and
/// period over the request's panel (a cross-section when the request has no panel).
enum SpatialData {
    struct Variable {
        let variable: String
        let values: UnitPeriodValues
    }

    static func read(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> (SpatialWeightsRequest, Variable) {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "'\(try spec.requireString("estimator", at: location))' needs 'data'", at: "/data")
        }
        guard let weightsSpec = try spec.object("weights", at: location) else {
            throw PanelError(.invalidRequest, "missing 'weights'", at: location + "/weights")
        }
        let weights = try SpatialWeightsRequest(weightsSpec, table: table, panel: request.panel, at: location + "/weights")
        let variable = try spec.requireString("variable", at: location)
        let values = try UnitPeriodValues(try table.requireNumeric(variable, at: location + "/variable"), unitOf: weights.unitOfRow,
                                          unitKeys: weights.unitKeys, timeOf: request.panel?.timeOf, weights: weights.weights,
                                          at: location + "/variable")
        return (weights, Variable(variable: variable, values: values))
    }

    /// Fails with `no_observations` when a sample of `count` values (units, or unit-periods when pooled) is smaller
    /// than the `minimum` the statistic's moments divide by (Moran's I and Geary's C: n − 3; LISA: n − 2).
    static func requireSampleSize(_ count: Int, minimum: Int, for statistic: String, at location: String) throws(PanelError) {
        guard count >= minimum else {
            throw PanelError(.noObservations, "\(statistic) needs samples of at least \(minimum) values; this one has \(count)", at: location)
        }
    }
}
