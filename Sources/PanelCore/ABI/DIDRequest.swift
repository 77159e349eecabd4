/// `estimator: "did"`: the 2×2 DID (`"treat"` and `"post"` columns, no panel needed) or the TWFE DID (`"treatment"`,
/// a 0/1 absorbing status column, or `"cohort"`, the first treated period; both need the request's `panel`) with the
/// formula's controls and absorbed effects, e.g. `"formula": "y ~ x1 | id + year"`. Shapes: docs/abi/did.md.
enum DIDRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let optionsObject = try spec.object("options", at: location)
        let options = try ModelOptions(optionsObject, at: location + "/options")
        let save = try SaveChoice(optionsObject, at: location + "/options")
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let (table, formula) = try tableAndFormula(spec, request: request, at: location)
        let treatment: DIDTreatment
        if let treat = try spec.string("treat", at: location) {
            guard spec["treatment"] == nil, spec["cohort"] == nil else {
                throw PanelError(.invalidRequest, "give either 'treat' and 'post' (2x2) or one of 'treatment' / 'cohort' (panel timing)", at: location)
            }
            treatment = .groupAndPeriod(treat: treat, post: try spec.requireString("post", at: location))
        } else {
            let (timing, indicator, _) = try adoptionTiming(spec, request: request, at: location)
            treatment = .adoption(timing, indicator: indicator)
        }
        let result = try DifferenceInDifferences.estimate(formula: formula, treatment: treatment, table: table, panel: request.panel,
                                                          covariance: choice, level: options.level, at: location)
        let response = try respond(result.json, spec: spec, render: request.render, text: { DIDTables.text(result, language: request.render.language) },
                                   tables: { [DIDTables.table(result)] }, at: location)
        guard !save.isEmpty else { return response }
        // The saved values are those of the regression the DID runs: its table with the treatment columns and its formula.
        let (augmented, model, _, _) = try DifferenceInDifferences.augment(formula, treatment: treatment, table: table, at: location)
        return response.appending(saved: try SavedPredictions(save, of: result.regression, formula: model, table: augmented,
                                                              panel: request.panel, at: location))
    }

    /// The request's data and the model's parsed formula.
    static func tableAndFormula(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> (DataTable, Formula) {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a DID model needs 'data'", at: "/data")
        }
        return (table, try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula"))
    }

    /// The adoption timing from `"treatment"` (status) or `"cohort"`, the name its indicator takes in results (the
    /// status column's name, or `treated(COHORT)`), and the panel. Needs the request's `panel`.
    static func adoptionTiming(_ spec: JSONObject, request: Request,
                               at location: String) throws(PanelError) -> (AdoptionTiming, String, PanelIndex) {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a DID model needs 'data'", at: "/data")
        }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "adoption timing needs 'panel': {\"id\": COLUMN, \"time\": COLUMN} at the top level of the request", at: location)
        }
        switch (try spec.string("treatment", at: location), try spec.string("cohort", at: location)) {
        case (let status?, nil):
            return (try AdoptionTiming(table: table, panel: panel, status: status, at: location + "/treatment"), status, panel)
        case (nil, let cohort?):
            return (try AdoptionTiming(table: table, panel: panel, cohort: cohort, at: location + "/cohort"), "treated(\(cohort))", panel)
        default:
            throw PanelError(.invalidRequest, "give exactly one of 'treatment' (a 0/1 status column) or 'cohort' (first treated period)", at: location)
        }
    }

    /// The result object with the model's `label` and, when asked, its renderings (`text()` as text, `tables()` in the
    /// publication formats).
    static func respond(_ result: JSONValue, spec: JSONObject, render: RenderFormats, text: () -> String,
                        tables: () -> [PublicationTable], at location: String) throws(PanelError) -> JSONValue {
        guard case .object(let object) = result else { return result }
        return try DIDRequestReading.response(object, spec: spec, render: render, at: location, text: text, tables: tables)
    }

    /// A whole-number option in `range`, or nil when absent; `invalid_option` otherwise.
    static func integer(_ key: String, in object: JSONObject, range: ClosedRange<Int>, at location: String) throws(PanelError) -> Int? {
        guard let value = try object.number(key, at: location) else { return nil }
        guard value == value.rounded(.towardZero), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw PanelError(.invalidOption, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: location + "/" + key)
        }
        return Int(value)
    }
}
