/// `estimator: "sun_abraham"`: the interaction-weighted event study (`SunAbraham`) of `outcome` on the request's
/// panel, with the adoption timing from `treatment` or `cohort`, optional `controls` (covariate columns), the
/// covariance from `vcov` (default clustered by the panel's id) and `options.control` (`never_treated`, default, or
/// `last_treated`); docs/abi/did-robust.md.
enum SunAbrahamRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try DIDRequestReading.panelData(request, estimator: "sun_abraham")
        let outcome = try spec.requireString("outcome", at: location)
        let timing = try DIDRequestReading.timing(spec, table: table, panel: panel, at: location)
        let covariance = spec["vcov"] == nil ? nil : try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let options = try spec.object("options", at: location)
        let place = location + "/options"
        let control = try DIDRequestReading.choice("control", in: options, default: SunAbraham.ControlCohort.neverTreated, at: place)
        let controls = try DIDRequestReading.columnNames("controls", in: spec, at: location) ?? []
        let result = try SunAbraham.estimate(table: table, panel: panel, timing: timing, outcome: outcome, controls: controls,
                                             controlCohort: control, covariance: covariance,
                                             level: try DIDRequestReading.level(options, at: place), at: location)
        return try DIDRequestReading.response(result.json(outcome: outcome), spec: spec, render: request.render, at: location,
                                                text: { SunAbrahamTable.text(result, outcome: outcome, language: request.render.language) },
                                                tables: { [SunAbrahamTable.table(result, outcome: outcome)] })
    }
}
