/// `estimator: "callaway_santanna"`: group-time ATTs (`GroupTimeEffects`) of `outcome` on the request's panel, with
/// the adoption timing from `treatment` (a 0/1 absorbing status) or `cohort` (first treated period, 0 = never) and
/// optional `covariates` (doubly robust, IPW or outcome regression, `est_method`), and their `simple`, `dynamic` and `group` aggregations
/// (`GroupTimeAggregation`); docs/abi/did-robust.md.
enum CallawaySantAnnaRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try DIDRequestReading.panelData(request, estimator: "callaway_santanna")
        let outcomeName = try spec.requireString("outcome", at: location)
        let outcome = try table.requireNumeric(outcomeName, at: location + "/outcome")
        let timing = try DIDRequestReading.timing(spec, table: table, panel: panel, at: location)
        let options = try spec.object("options", at: location)
        let place = location + "/options"
        let control = try DIDRequestReading.choice("control_group", in: options, default: GroupTimeEffects.ControlGroup.neverTreated, at: place)
        let base = try DIDRequestReading.choice("base_period", in: options, default: GroupTimeEffects.BasePeriod.varying, at: place)
        let method = try DIDRequestReading.choice("est_method", in: options, default: GroupTimeEffects.EstimationMethod.doublyRobust, at: place)
        let level = try DIDRequestReading.level(options, at: place)
        let settings = try bootstrapSettings(options, level: level, at: place)
        let covariateNames = try DIDRequestReading.columnNames("covariates", in: spec, at: location) ?? []
        var covariates: [[Double]] = []
        for (k, name) in covariateNames.enumerated() {
            covariates.append(try table.requireNumeric(name, at: location + "/covariates/\(k)"))
        }
        let effects = try GroupTimeEffects(outcome: outcome, covariates: covariates, panel: panel, timing: timing, controlGroup: control,
                                           basePeriod: base, method: method, at: location)
        let aggregation = GroupTimeAggregation(effects)
        let result = CallawaySantAnnaResult(outcome: outcomeName, covariates: covariateNames, effects: effects, aggregation: aggregation,
                                            bootstrap: settings.map { CallawaySantAnnaBootstrap(effects, aggregation, settings: $0) }, level: level,
                                            warnings: timing.warnings + effects.warnings)
        return try DIDRequestReading.response(result.json, spec: spec, render: request.render, at: location,
                                                text: { CallawaySantAnnaTable.text(result, language: request.render.language) }, tables: { [CallawaySantAnnaTable.table(result)] })
    }

    /// `options.bootstrap` (`none`, default; `rademacher`; `mammen`) with `replications` (1–1,000,000, default 999) and
    /// `seed` (read and checked, and unused, without the bootstrap: the schema states their defaults); nil without the
    /// bootstrap.
    private static func bootstrapSettings(_ options: JSONObject?, level: Double, at place: String) throws(PanelError) -> MultiplierBootstrap.Settings? {
        let name = try options?.string("bootstrap", at: place) ?? "none"
        let replications = try options.map { object throws(PanelError) in
            try DIDRequest.integer("replications", in: object, range: 1...maximumReplications, at: place)
        } ?? nil
        let seed = try options?.seed(at: place)
        guard name != "none" else { return nil }
        guard let multipliers = MultiplierBootstrap.Multipliers(rawValue: name) else {
            throw PanelError(.invalidOption, "unknown bootstrap '\(name)' (none, rademacher or mammen)", at: place + "/bootstrap")
        }
        return MultiplierBootstrap.Settings(replications: replications ?? 999, multipliers: multipliers, seed: seed ?? 0, level: level)
    }

    /// Largest number of bootstrap draws accepted.
    static let maximumReplications = 1_000_000
}
