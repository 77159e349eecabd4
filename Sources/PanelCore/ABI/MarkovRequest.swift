/// `estimator: "markov"`: the classic Markov chain of `variable` over quantile (`classes`) or given (`cuts`) classes
/// across the request's panel and, with `weights`, the spatial Markov chain conditioned on the class of the
/// neighbours' spatial lag (`lag_classes` / `lag_cuts`) with its homogeneity tests (giddy `Markov`,
/// `Spatial_Markov`; docs/abi/evolution.md).
enum MarkovRequest {
    static let purpose = "Markov chains"

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else { throw PanelError(.invalidRequest, "'markov' needs 'data'", at: "/data") }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "'markov' needs a 'panel' (the unit and the period of each row)", at: "/panel")
        }
        let variable = try spec.requireString("variable", at: location)
        let column = try table.requireNumeric(variable, at: location + "/variable")
        let layout: UnitPeriodValues, weights: SpatialWeights?
        if let weightsSpec = try spec.object("weights", at: location) {
            let built = try SpatialWeightsRequest(weightsSpec, table: table, panel: panel, at: location + "/weights")
            guard built.weights.standardisation == .row else {
                throw PanelError(.invalidOption, "the spatial Markov chain conditions on the mean of the neighbours: use \"standardise\": \"row\"",
                                 at: location + "/weights/standardise")
            }
            layout = try UnitPeriodValues(column, unitOf: built.unitOfRow, unitKeys: built.unitKeys, timeOf: panel.timeOf,
                                          units: built.weights.ids, source: "the weights matrix", purpose: purpose, at: location + "/variable")
            weights = built.weights
        } else {
            for name in ["lag_classes", "lag_cuts"] where spec[name] != nil {
                throw PanelError(.invalidRequest, "'\(name)' classifies the neighbours' spatial lag: it needs 'weights'", at: location + "/" + name)
            }
            layout = try UnitPeriodValues.byPanelUnit(column, table: table, panel: panel, purpose: purpose, at: location + "/variable").values
            weights = nil
        }
        guard layout.values.count >= 2 else {
            throw PanelError(.noObservations, "a Markov chain needs at least two periods (moves from t to t + 1); the panel has one",
                             at: "/panel/time")
        }
        var warnings: [String] = []
        let classes = try MarkovClassesRequest(count: "classes", cuts: "cuts", of: variable).read(
            spec, values: layout.values.flatMap { $0 }, defaultCount: 4, warnings: &warnings, at: location)
        let transitions = MarkovTransitions(layout.values, classes: classes)
        var spatial: SpatialMarkov?
        if let weights {
            let lags = SpatialMarkov.lags(layout.values, weights: weights)
            let lagClasses = try MarkovClassesRequest(count: "lag_classes", cuts: "lag_cuts", of: "the spatial lag of \(variable)").read(
                spec, values: lags.flatMap { $0 }, defaultCount: classes.count, warnings: &warnings, at: location)
            spatial = SpatialMarkov(transitions, lags: lags, lagClasses: lagClasses)
        }
        let periods = layout.periods.map { $0 ?? 0 }
        var object = MarkovResultJSON(transitions: transitions, spatial: spatial, weights: weights, periods: periods,
                                      variable: variable).object(warnings: &warnings)
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            let tables = MarkovTable.tables(transitions, spatial: spatial, periods: periods, variable: variable)
            object.append("rendered", PublicationTable.renderings(tables, formats: request.render))
        }
        return .object(object)
    }
}
