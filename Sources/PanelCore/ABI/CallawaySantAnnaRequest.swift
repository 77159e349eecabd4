/// `estimator: "callaway_santanna"`: group-time ATTs (`GroupTimeEffects`) of `outcome` on the request's panel, with
/// the adoption timing from `treatment` (a 0/1 absorbing status) or `cohort` (first treated period, 0 = never) and
/// optional `covariates` (doubly robust, IPW or outcome regression, `est_method`), and their `simple`, `dynamic` and `group` aggregations
/// (`GroupTimeAggregation`); docs/abi/did-robust.md.
enum CallawaySantAnnaRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try DIDRequestReading.panelData(request, estimator: "callaway_santanna")
        let outcomeName = try spec.requireString("outcome", at: location)
        let outcome = try table.requireNumeric(outcomeName, at: location + "/outcome")
        let options = try spec.object("options", at: location)
        let place = location + "/options"
        // Repeated cross-sections see each observation once: "treated in every observed period" says nothing there.
        let isPanel = try DIDRequestReading.flag("panel", in: options, default: true, at: place)
        let allowUnbalanced = try DIDRequestReading.flag("allow_unbalanced_panel", in: options, default: false, at: place)
        if !isPanel { try requireCrossSections(spec, panel: panel, at: location) }
        let timing = try DIDRequestReading.timing(spec, table: table, panel: panel, at: location)
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
        let effects: GroupTimeEffects
        if !isPanel || (allowUnbalanced && !GroupTimeEffects.isBalanced(outcome: outcome, covariates: covariates, panel: panel)) {
            effects = try GroupTimeEffects(crossSectionOutcome: outcome, covariates: covariates, panel: panel, timing: timing, rowsAreUnits: !isPanel,
                                           controlGroup: control, basePeriod: base, method: method, at: location)
        } else {
            effects = try GroupTimeEffects(outcome: outcome, covariates: covariates, panel: panel, timing: timing, controlGroup: control,
                                           basePeriod: base, method: method, at: location)
        }
        let aggregation = GroupTimeAggregation(effects)
        let result = CallawaySantAnnaResult(outcome: outcomeName, covariates: covariateNames, effects: effects, aggregation: aggregation,
                                            bootstrap: settings.map { CallawaySantAnnaBootstrap(effects, aggregation, settings: $0) }, level: level,
                                            warnings: (isPanel ? timing.warnings : []) + effects.warnings)
        return try DIDRequestReading.response(result.json, spec: spec, render: request.render, at: location,
                                                text: { CallawaySantAnnaTable.text(result, language: request.render.language) }, tables: { [CallawaySantAnnaTable.table(result)] })
    }

    /// Repeated cross-sections (`options.panel: false`) take the timing from `cohort` (a status column cannot date
    /// adoption when each unit is seen once) and need a `panel.id` that identifies each observation: `invalid_request`
    /// at `options/panel` when `treatment` is given, `invalid_data` at `/panel/id` naming the first repeated id (as R `did`: observations of the
    /// same unit in several periods are a panel, `allow_unbalanced_panel`).
    private static func requireCrossSections(_ spec: JSONObject, panel: PanelIndex, at location: String) throws(PanelError) {
        guard spec["treatment"] == nil else {
            throw PanelError(.invalidRequest, "repeated cross-sections (\"panel\": false) need 'cohort' (each observation's first treated period, "
                             + "0 = never), not a treatment status", at: location + "/options/panel")
        }
        var seen = [Bool](repeating: false, count: panel.unitCount)
        for row in panel.unitOf.indices {
            let unit = panel.unitOf[row]
            guard !seen[unit] else {
                throw PanelError(.invalidData, "'\(panel.idName)' repeats at data row \(row + 1): with \"panel\": false every observation is its own unit "
                                 + "and needs its own id; observations of the same units over time are a panel (use \"allow_unbalanced_panel\": true "
                                 + "if it is unbalanced)", at: "/panel/id")
            }
            seen[unit] = true
        }
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
