/// `estimator: "bacon"`: the Goodman-Bacon decomposition of the TWFE DID of the formula's response (`"y ~ 1"`; no
/// controls) on `"treatment"` or `"cohort"` with unit and time effects from the request's `panel`, which must be
/// balanced. Shapes: docs/abi/did.md.
enum BaconRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, formula) = try DIDRequest.tableAndFormula(spec, request: request, at: location)
        guard formula.regressors.isEmpty, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "the Goodman-Bacon decomposition takes no controls: write 'y ~ 1'", at: location + "/formula")
        }
        let (timing, indicator, panel) = try DIDRequest.adoptionTiming(spec, request: request, at: location)
        var twfe = formula
        twfe.fixedEffects = [panel.idName, panel.timeName].map { FormulaTerm(factors: [.variable($0)]) }
        let regression = try DifferenceInDifferences.estimate(formula: twfe, treatment: .adoption(timing, indicator: indicator), table: table,
                                                              panel: panel, covariance: .iid, level: 0.95, at: location)
        let response = try RegressionDesign(formula: Formula(response: formula.response, regressors: [], hasIntercept: true, fixedEffects: [],
                                                             endogenous: [], instruments: []),
                                            table: table, panel: panel, at: location + "/formula")
        guard response.rowsDropped == 0 else {
            throw PanelError(.invalidData, "the Goodman-Bacon decomposition needs a balanced panel: \(response.rowsDropped) rows have a missing outcome", at: location)
        }
        let decomposition = try BaconDecomposition(response: response.response, timing: timing, panel: panel, at: location)
        let json = decomposition.json(twfe: regression.effect.estimate, timing: timing, warnings: regression.warnings)
        return try DIDRequest.respond(json, spec: spec, render: request.render,
                                      text: { DIDTables.text(decomposition, twfe: regression.effect.estimate, language: request.render.language) },
                                      tables: { [DIDTables.table(decomposition, twfe: regression.effect.estimate, response: regression.regression.responseName)] },
                                      at: location)
    }
}
